using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProbationCase.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CaseSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_summaries",
                columns: table => new
                {
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    crn = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    rosh = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    mappa_category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    mappa_level = table.Column<int>(type: "integer", nullable: true),
                    flags = table.Column<int>(type: "integer", nullable: false),
                    workload_weight = table.Column<int>(type: "integer", nullable: false),
                    high_rosh = table.Column<bool>(type: "boolean", nullable: false),
                    mappa = table.Column<bool>(type: "boolean", nullable: false),
                    needs_keep_others_safe_objective = table.Column<bool>(type: "boolean", nullable: false),
                    responsible_officer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    team_id = table.Column<Guid>(type: "uuid", nullable: true),
                    allocation_status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    awaiting_allocation_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    officer_changes = table.Column<int>(type: "integer", nullable: false),
                    access_limitation = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    order_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    order_start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    order_expected_end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    order_end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    live_until = table.Column<DateOnly>(type: "date", nullable: true),
                    last_face_to_face = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    face_to_face_months = table.Column<List<DateOnly>>(type: "date[]", nullable: false),
                    bookings_without_outcome = table.Column<List<DateTimeOffset>>(type: "timestamp with time zone[]", nullable: false),
                    earliest_booking_without_outcome = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    first_appointment_due_by = table.Column<DateOnly>(type: "date", nullable: true),
                    first_seen_on = table.Column<DateOnly>(type: "date", nullable: true),
                    plan_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    plan_signed_off_on = table.Column<DateOnly>(type: "date", nullable: true),
                    plan_person_involved = table.Column<bool>(type: "boolean", nullable: false),
                    plan_keeps_others_safe = table.Column<bool>(type: "boolean", nullable: false),
                    review_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    requirements_awaiting_start = table.Column<int>(type: "integer", nullable: false),
                    requirements_start_due_by = table.Column<DateOnly>(type: "date", nullable: true),
                    rar_maximum_days = table.Column<int>(type: "integer", nullable: true),
                    rar_days_delivered = table.Column<int>(type: "integer", nullable: true),
                    rar_behind_pace_from = table.Column<DateOnly>(type: "date", nullable: true),
                    unpaid_work_hours_ordered = table.Column<int>(type: "integer", nullable: true),
                    unpaid_work_minutes_worked = table.Column<int>(type: "integer", nullable: true),
                    unpaid_work_behind_pace_from = table.Column<DateOnly>(type: "date", nullable: true),
                    failures_not_dealt_with = table.Column<List<DateOnly>>(type: "date[]", nullable: false),
                    breach_in_progress = table.Column<bool>(type: "boolean", nullable: false),
                    decisions_awaiting_approval = table.Column<int>(type: "integer", nullable: false),
                    breach_awaiting_approval_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    open_oversight_actions_due = table.Column<List<DateOnly>>(type: "date[]", nullable: false),
                    computed_with = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_summaries", x => x.person_id);
                    table.ForeignKey(
                        name: "fk_case_summaries_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_summaries_computed_with",
                table: "case_summaries",
                column: "computed_with");

            migrationBuilder.CreateIndex(
                name: "ix_case_summaries_crn",
                table: "case_summaries",
                column: "crn",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_summaries_responsible_officer_id_last_name_first_name_",
                table: "case_summaries",
                columns: new[] { "responsible_officer_id", "last_name", "first_name", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_case_summaries_team_id_allocation_status_responsible_office",
                table: "case_summaries",
                columns: new[] { "team_id", "allocation_status", "responsible_officer_id" });

            // Name search and caseload name filters (ILIKE '%…%') on the summaries, on the exact expressions the queries build.
            migrationBuilder.Sql("""
                CREATE INDEX ix_case_summaries_first_last_name_trgm ON case_summaries USING gin ((first_name || ' ' || last_name) gin_trgm_ops);
                CREATE INDEX ix_case_summaries_last_first_name_trgm ON case_summaries USING gin ((last_name || ' ' || first_name) gin_trgm_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_summaries");
        }
    }
}
