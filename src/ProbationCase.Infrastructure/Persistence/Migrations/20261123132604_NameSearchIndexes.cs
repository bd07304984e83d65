using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProbationCase.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class NameSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // pg_trgm is a trusted extension: the database owner may create it without superuser.
            // The expressions match PersonSearchQuery and CaseloadQuery's name filters exactly,
            // so ILIKE '%part of a name%' uses the index instead of scanning every person.
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE INDEX ix_people_first_last_name_trgm ON people USING gin ((first_name || ' ' || last_name) gin_trgm_ops);
                CREATE INDEX ix_people_last_first_name_trgm ON people USING gin ((last_name || ' ' || first_name) gin_trgm_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS ix_people_first_last_name_trgm;
                DROP INDEX IF EXISTS ix_people_last_first_name_trgm;
                """);
        }
    }
}
