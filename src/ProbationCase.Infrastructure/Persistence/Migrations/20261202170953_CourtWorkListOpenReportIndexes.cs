using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProbationCase.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CourtWorkListOpenReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_pre_sentence_reports_hearing_date_court_name",
                table: "pre_sentence_reports",
                columns: new[] { "hearing_date", "court_name" });

            migrationBuilder.CreateIndex(
                name: "ix_pre_sentence_reports_open_court_name_hearing_date",
                table: "pre_sentence_reports",
                columns: new[] { "court_name", "hearing_date" },
                filter: "closed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_pre_sentence_reports_open_hearing_date_court_name",
                table: "pre_sentence_reports",
                columns: new[] { "hearing_date", "court_name" },
                filter: "closed_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_pre_sentence_reports_hearing_date_court_name",
                table: "pre_sentence_reports");

            migrationBuilder.DropIndex(
                name: "ix_pre_sentence_reports_open_court_name_hearing_date",
                table: "pre_sentence_reports");

            migrationBuilder.DropIndex(
                name: "ix_pre_sentence_reports_open_hearing_date_court_name",
                table: "pre_sentence_reports");
        }
    }
}
