using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProbationCase.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OrderLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_requirements_unpaid_work_hours",
                table: "requirements");

            migrationBuilder.AddColumn<int>(
                name: "days_delivered_at_end",
                table: "requirements",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "imposed_on_breach",
                table: "requirements",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "court_outcome_kind",
                table: "enforcement_decisions",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "new_order_id",
                table: "enforcement_decisions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "pack_compliance_history",
                table: "enforcement_decisions",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "pack_progress_so_far",
                table: "enforcement_decisions",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "pack_proposal_to_court",
                table: "enforcement_decisions",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "pack_updated_at",
                table: "enforcement_decisions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "return_reason",
                table: "enforcement_decisions",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "returned_on",
                table: "enforcement_decisions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "sent_to_court_on",
                table: "enforcement_decisions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "times_returned",
                table: "enforcement_decisions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Breaches sent before this migration were sent on the London date they were marked sent.
            migrationBuilder.Sql("UPDATE enforcement_decisions SET sent_to_court_on = (sent_at AT TIME ZONE 'Europe/London')::date WHERE sent_at IS NOT NULL;");

            migrationBuilder.CreateTable(
                name: "issued_letters",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: true),
                    letter_date = table.Column<DateOnly>(type: "date", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    issued_by = table.Column<Guid>(type: "uuid", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_issued_letters", x => x.id);
                    table.ForeignKey(
                        name: "fk_issued_letters_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_issued_letters_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "order_extensions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    previous_end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    new_end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    court = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    breach_decision_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_extensions", x => x.id);
                    table.CheckConstraint("ck_order_extensions_later", "new_end_date > previous_end_date");
                    table.ForeignKey(
                        name: "fk_order_extensions_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_requirements_unpaid_work_hours",
                table: "requirements",
                sql: "hours_ordered IS NULL OR hours_ordered BETWEEN (CASE WHEN imposed_on_breach THEN 20 ELSE 40 END) AND 300");

            migrationBuilder.CreateIndex(
                name: "ix_issued_letters_kind_subject_id",
                table: "issued_letters",
                columns: new[] { "kind", "subject_id" });

            migrationBuilder.CreateIndex(
                name: "ix_issued_letters_order_id",
                table: "issued_letters",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_issued_letters_person_id_issued_at",
                table: "issued_letters",
                columns: new[] { "person_id", "issued_at" });

            migrationBuilder.CreateIndex(
                name: "ix_order_extensions_order_id",
                table: "order_extensions",
                column: "order_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "issued_letters");

            migrationBuilder.DropTable(
                name: "order_extensions");

            migrationBuilder.DropCheckConstraint(
                name: "ck_requirements_unpaid_work_hours",
                table: "requirements");

            migrationBuilder.DropColumn(
                name: "days_delivered_at_end",
                table: "requirements");

            migrationBuilder.DropColumn(
                name: "imposed_on_breach",
                table: "requirements");

            migrationBuilder.DropColumn(
                name: "court_outcome_kind",
                table: "enforcement_decisions");

            migrationBuilder.DropColumn(
                name: "new_order_id",
                table: "enforcement_decisions");

            migrationBuilder.DropColumn(
                name: "pack_compliance_history",
                table: "enforcement_decisions");

            migrationBuilder.DropColumn(
                name: "pack_progress_so_far",
                table: "enforcement_decisions");

            migrationBuilder.DropColumn(
                name: "pack_proposal_to_court",
                table: "enforcement_decisions");

            migrationBuilder.DropColumn(
                name: "pack_updated_at",
                table: "enforcement_decisions");

            migrationBuilder.DropColumn(
                name: "return_reason",
                table: "enforcement_decisions");

            migrationBuilder.DropColumn(
                name: "returned_on",
                table: "enforcement_decisions");

            migrationBuilder.DropColumn(
                name: "sent_to_court_on",
                table: "enforcement_decisions");

            migrationBuilder.DropColumn(
                name: "times_returned",
                table: "enforcement_decisions");

            migrationBuilder.AddCheckConstraint(
                name: "ck_requirements_unpaid_work_hours",
                table: "requirements",
                sql: "hours_ordered IS NULL OR hours_ordered BETWEEN 40 AND 300");
        }
    }
}
