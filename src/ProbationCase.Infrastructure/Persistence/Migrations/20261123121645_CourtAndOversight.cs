using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProbationCase.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CourtAndOversight : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_audits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    auditor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    audited_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_audits", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_audits_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "management_oversight",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reviewed_by = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    what_was_reviewed = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_management_oversight", x => x.id);
                    table.ForeignKey(
                        name: "fk_management_oversight_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pre_sentence_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    court_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    hearing_date = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    typed_record = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    typed_record_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ready_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    delivered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    sentence_passed = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    passed_length_in_months = table.Column<int>(type: "integer", nullable: true),
                    sentenced_on = table.Column<DateOnly>(type: "date", nullable: true),
                    concordance = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    order_id = table.Column<Guid>(type: "uuid", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    assessment_at_risk = table.Column<int>(type: "integer", nullable: false),
                    assessment_factors_linked_to_offending = table.Column<int>(type: "integer", nullable: false),
                    assessment_offence_analysis = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    assessment_ogrs_percent = table.Column<int>(type: "integer", nullable: true),
                    assessment_rosh_screening = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    assessment_rsr_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    assessment_sources_of_information = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    assessment_victim_impact = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pre_sentence_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_pre_sentence_reports_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_pre_sentence_reports_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_audit_answers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    audit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    domain = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    question_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    answer = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_audit_answers", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_audit_answers_case_audits_audit_id",
                        column: x => x.audit_id,
                        principalTable: "case_audits",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "oversight_actions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    oversight_id = table.Column<Guid>(type: "uuid", nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_oversight_actions", x => x.id);
                    table.ForeignKey(
                        name: "fk_oversight_actions_management_oversight_oversight_id",
                        column: x => x.oversight_id,
                        principalTable: "management_oversight",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pre_sentence_checks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    requested_on = table.Column<DateOnly>(type: "date", nullable: true),
                    returned_on = table.Column<DateOnly>(type: "date", nullable: true),
                    result = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    chased_on = table.Column<DateOnly[]>(type: "date[]", nullable: false),
                    outstanding_told_to_court = table.Column<bool>(type: "boolean", nullable: false),
                    told_to_court_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pre_sentence_checks", x => x.id);
                    table.ForeignKey(
                        name: "fk_pre_sentence_checks_pre_sentence_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "pre_sentence_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "psr_offences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    offence_date = table.Column<DateOnly>(type: "date", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_psr_offences", x => x.id);
                    table.ForeignKey(
                        name: "fk_psr_offences_pre_sentence_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "pre_sentence_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sentence_proposals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sentence = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    length_in_months = table.Column<int>(type: "integer", nullable: true),
                    rationale = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    proposed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sentence_proposals", x => x.id);
                    table.ForeignKey(
                        name: "fk_sentence_proposals_pre_sentence_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "pre_sentence_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "proposed_rar_activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    intervention_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    availability_confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposed_rar_activities", x => x.id);
                    table.ForeignKey(
                        name: "fk_proposed_rar_activities_interventions_intervention_id",
                        column: x => x.intervention_id,
                        principalTable: "interventions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_proposed_rar_activities_sentence_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "sentence_proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "proposed_requirements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: true),
                    programme_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    intervention_id = table.Column<Guid>(type: "uuid", nullable: true),
                    details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposed_requirements", x => x.id);
                    table.CheckConstraint("ck_proposed_requirements_quantity", "quantity IS NULL OR quantity > 0");
                    table.ForeignKey(
                        name: "fk_proposed_requirements_interventions_intervention_id",
                        column: x => x.intervention_id,
                        principalTable: "interventions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_proposed_requirements_sentence_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "sentence_proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_audit_answers_audit_id_question_code",
                table: "case_audit_answers",
                columns: new[] { "audit_id", "question_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_audits_audited_on",
                table: "case_audits",
                column: "audited_on");

            migrationBuilder.CreateIndex(
                name: "ix_case_audits_person_id_audited_on",
                table: "case_audits",
                columns: new[] { "person_id", "audited_on" });

            migrationBuilder.CreateIndex(
                name: "ix_management_oversight_person_id_recorded_at",
                table: "management_oversight",
                columns: new[] { "person_id", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_oversight_actions_due_on",
                table: "oversight_actions",
                column: "due_on",
                filter: "completed_on IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_oversight_actions_oversight_id",
                table: "oversight_actions",
                column: "oversight_id");

            migrationBuilder.CreateIndex(
                name: "ix_pre_sentence_checks_report_id_kind",
                table: "pre_sentence_checks",
                columns: new[] { "report_id", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_pre_sentence_reports_court_name_hearing_date",
                table: "pre_sentence_reports",
                columns: new[] { "court_name", "hearing_date" });

            migrationBuilder.CreateIndex(
                name: "ix_pre_sentence_reports_order_id",
                table: "pre_sentence_reports",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_pre_sentence_reports_person_id",
                table: "pre_sentence_reports",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_pre_sentence_reports_status_hearing_date",
                table: "pre_sentence_reports",
                columns: new[] { "status", "hearing_date" });

            migrationBuilder.CreateIndex(
                name: "ix_proposed_rar_activities_intervention_id",
                table: "proposed_rar_activities",
                column: "intervention_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposed_rar_activities_proposal_id",
                table: "proposed_rar_activities",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposed_requirements_intervention_id",
                table: "proposed_requirements",
                column: "intervention_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposed_requirements_proposal_id",
                table: "proposed_requirements",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "ix_psr_offences_report_id",
                table: "psr_offences",
                column: "report_id");

            migrationBuilder.CreateIndex(
                name: "ix_sentence_proposals_report_id",
                table: "sentence_proposals",
                column: "report_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_audit_answers");

            migrationBuilder.DropTable(
                name: "oversight_actions");

            migrationBuilder.DropTable(
                name: "pre_sentence_checks");

            migrationBuilder.DropTable(
                name: "proposed_rar_activities");

            migrationBuilder.DropTable(
                name: "proposed_requirements");

            migrationBuilder.DropTable(
                name: "psr_offences");

            migrationBuilder.DropTable(
                name: "case_audits");

            migrationBuilder.DropTable(
                name: "management_oversight");

            migrationBuilder.DropTable(
                name: "sentence_proposals");

            migrationBuilder.DropTable(
                name: "pre_sentence_reports");
        }
    }
}
