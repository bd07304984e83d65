using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ProbationCase.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DomainCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    entity_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    changes = table.Column<string>(type: "jsonb", nullable: true),
                    person_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "bank_holidays",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bank_holidays", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "interventions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    sessions = table.Column<int>(type: "integer", nullable: false),
                    provider = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_women_only = table.Column<bool>(type: "boolean", nullable: false),
                    is_available_now = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_interventions", x => x.id);
                    table.CheckConstraint("ck_interventions_sessions", "sessions > 0");
                });

            migrationBuilder.CreateTable(
                name: "offices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_offices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "teams",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    office_id = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_teams", x => x.id);
                    table.ForeignKey(
                        name: "fk_teams_offices_office_id",
                        column: x => x.office_id,
                        principalTable: "offices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    grade = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    access_limitation = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    responsible_officer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    team_id = table.Column<Guid>(type: "uuid", nullable: true),
                    allocation_status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    awaiting_allocation_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    crn = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    gender = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ethnicity = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    disability = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    adjustments = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    religion = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    sexual_orientation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    needs = table.Column<int>(type: "integer", nullable: false),
                    barriers = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    risk_at_risk = table.Column<int>(type: "integer", nullable: false),
                    risk_flags = table.Column<int>(type: "integer", nullable: false),
                    risk_mappa_category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    risk_mappa_level = table.Column<int>(type: "integer", nullable: true),
                    risk_ogrs_percent = table.Column<int>(type: "integer", nullable: true),
                    risk_rosh = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    risk_rsr_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    address = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people", x => x.id);
                    table.ForeignKey(
                        name: "fk_people_staff_responsible_officer_id",
                        column: x => x.responsible_officer_id,
                        principalTable: "staff",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_people_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_access_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    staff_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    added_by = table.Column<Guid>(type: "uuid", nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    removed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    removed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_access_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_access_entries_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_allocations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    officer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    allocated_by = table.Column<Guid>(type: "uuid", nullable: false),
                    allocated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_allocations", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_allocations_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_case_allocations_staff_officer_id",
                        column: x => x.officer_id,
                        principalTable: "staff",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    sentencing_court = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sentence_date = table.Column<DateOnly>(type: "date", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    expected_end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    actual_end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    termination_reason = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders", x => x.id);
                    table.CheckConstraint("ck_orders_dates", "expected_end_date >= start_date AND start_date >= sentence_date");
                    table.ForeignKey(
                        name: "fk_orders_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "risk_history",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    changed_by = table.Column<Guid>(type: "uuid", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    assessment_at_risk = table.Column<int>(type: "integer", nullable: false),
                    assessment_flags = table.Column<int>(type: "integer", nullable: false),
                    assessment_mappa_category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    assessment_mappa_level = table.Column<int>(type: "integer", nullable: true),
                    assessment_ogrs_percent = table.Column<int>(type: "integer", nullable: true),
                    assessment_rosh = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    assessment_rsr_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_risk_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_risk_history_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    failure_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    referred_by = table.Column<Guid>(type: "uuid", nullable: false),
                    referred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    court_outcome = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    court_outcome_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enforcement_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_enforcement_decisions_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_warnings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    failure_id = table.Column<Guid>(type: "uuid", nullable: false),
                    given_on = table.Column<DateOnly>(type: "date", nullable: false),
                    given_by = table.Column<Guid>(type: "uuid", nullable: false),
                    content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enforcement_warnings", x => x.id);
                    table.ForeignKey(
                        name: "fk_enforcement_warnings_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "offences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    offence_date = table.Column<DateOnly>(type: "date", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_offences", x => x.id);
                    table.ForeignKey(
                        name: "fk_offences_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "requirements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    programme_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    sessions_required = table.Column<int>(type: "integer", nullable: true),
                    sessions_attended = table.Column<int>(type: "integer", nullable: true),
                    programme_status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    waiting_list_from = table.Column<DateOnly>(type: "date", nullable: true),
                    details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    length_in_days = table.Column<int>(type: "integer", nullable: true),
                    maximum_days = table.Column<int>(type: "integer", nullable: true),
                    shortfall_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    hours_ordered = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_requirements", x => x.id);
                    table.CheckConstraint("ck_requirements_programme_sessions", "sessions_required IS NULL OR (sessions_required > 0 AND sessions_attended >= 0 AND sessions_attended <= sessions_required)");
                    table.CheckConstraint("ck_requirements_rar_days", "maximum_days IS NULL OR maximum_days > 0");
                    table.CheckConstraint("ck_requirements_unpaid_work_hours", "hours_ordered IS NULL OR hours_ordered BETWEEN 40 AND 300");
                    table.ForeignKey(
                        name: "fk_requirements_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sentence_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    persons_views = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    person_involved = table.Column<bool>(type: "boolean", nullable: true),
                    signed_off_by = table.Column<Guid>(type: "uuid", nullable: true),
                    signed_off_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    signed_off_before_face_to_face = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sentence_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_sentence_plans_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_sentence_plans_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "unacceptable_failures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    required_action = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unacceptable_failures", x => x.id);
                    table.ForeignKey(
                        name: "fk_unacceptable_failures_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requirement_id = table.Column<Guid>(type: "uuid", nullable: true),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    is_face_to_face = table.Column<bool>(type: "boolean", nullable: false),
                    delivered_by = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    delivered_by_staff_id = table.Column<Guid>(type: "uuid", nullable: true),
                    provider_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    notes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    is_sensitive = table.Column<bool>(type: "boolean", nullable: false),
                    outcome = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    absence_reason = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    absence_rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    absence_evidence_seen = table.Column<bool>(type: "boolean", nullable: true),
                    outcome_recorded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    outcome_recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contacts", x => x.id);
                    table.ForeignKey(
                        name: "fk_contacts_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contacts_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contacts_requirement_requirement_id",
                        column: x => x.requirement_id,
                        principalTable: "requirements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "unpaid_work_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    requirement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    worked_on = table.Column<DateOnly>(type: "date", nullable: false),
                    minutes_credited = table.Column<int>(type: "integer", nullable: false),
                    is_education_training_or_employment = table.Column<bool>(type: "boolean", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unpaid_work_sessions", x => x.id);
                    table.CheckConstraint("ck_unpaid_work_sessions_minutes", "minutes_credited > 0");
                    table.ForeignKey(
                        name: "fk_unpaid_work_sessions_requirements_requirement_id",
                        column: x => x.requirement_id,
                        principalTable: "requirements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "unpaid_work_stand_downs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    requirement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unpaid_work_stand_downs", x => x.id);
                    table.ForeignKey(
                        name: "fk_unpaid_work_stand_downs_requirements_requirement_id",
                        column: x => x.requirement_id,
                        principalTable: "requirements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_objectives",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sentence_plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    need = table.Column<int>(type: "integer", nullable: false),
                    risk = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    activity = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    delivered_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    requirement_id = table.Column<Guid>(type: "uuid", nullable: true),
                    planned_rar_days = table.Column<int>(type: "integer", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_objectives", x => x.id);
                    table.CheckConstraint("ck_plan_objectives_rar_days", "planned_rar_days IS NULL OR planned_rar_days > 0");
                    table.ForeignKey(
                        name: "fk_plan_objectives_sentence_plans_sentence_plan_id",
                        column: x => x.sentence_plan_id,
                        principalTable: "sentence_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_review_triggers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sentence_plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    trigger = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    review_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_review_triggers", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_review_triggers_sentence_plans_sentence_plan_id",
                        column: x => x.sentence_plan_id,
                        principalTable: "sentence_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sentence_plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reviewed_by = table.Column<Guid>(type: "uuid", nullable: false),
                    reviewed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    what_changed = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_reviews", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_reviews_sentence_plans_sentence_plan_id",
                        column: x => x.sentence_plan_id,
                        principalTable: "sentence_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contact_outcome_corrections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    previous_outcome = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    previous_absence_reason = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    previous_absence_rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    previous_recorded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    previous_recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    corrected_by = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    corrected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_outcome_corrections", x => x.id);
                    table.ForeignKey(
                        name: "fk_contact_outcome_corrections_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_type_entity_id",
                table: "audit_entries",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_occurred_at",
                table: "audit_entries",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_person_id_id",
                table: "audit_entries",
                columns: new[] { "person_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_bank_holidays_date",
                table: "bank_holidays",
                column: "date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_access_entries_person_id_staff_user_id",
                table: "case_access_entries",
                columns: new[] { "person_id", "staff_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_case_allocations_officer_id",
                table: "case_allocations",
                column: "officer_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_allocations_person_id_allocated_at",
                table: "case_allocations",
                columns: new[] { "person_id", "allocated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_outcome_corrections_contact_id",
                table: "contact_outcome_corrections",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_order_id_starts_at",
                table: "contacts",
                columns: new[] { "order_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_person_id_starts_at",
                table: "contacts",
                columns: new[] { "person_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_person_id_starts_at1",
                table: "contacts",
                columns: new[] { "person_id", "starts_at" },
                filter: "outcome IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_requirement_id_starts_at",
                table: "contacts",
                columns: new[] { "requirement_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_enforcement_decisions_order_id",
                table: "enforcement_decisions",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_enforcement_decisions_status_referred_at",
                table: "enforcement_decisions",
                columns: new[] { "status", "referred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_enforcement_warnings_order_id_given_on",
                table: "enforcement_warnings",
                columns: new[] { "order_id", "given_on" });

            migrationBuilder.CreateIndex(
                name: "ix_interventions_type_name",
                table: "interventions",
                columns: new[] { "type", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_offences_order_id",
                table: "offences",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_expected_end_date",
                table: "orders",
                column: "expected_end_date");

            migrationBuilder.CreateIndex(
                name: "ix_orders_person_id_sentence_date",
                table: "orders",
                columns: new[] { "person_id", "sentence_date" });

            migrationBuilder.CreateIndex(
                name: "ix_people_crn",
                table: "people",
                column: "crn",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_people_last_name_first_name",
                table: "people",
                columns: new[] { "last_name", "first_name" });

            migrationBuilder.CreateIndex(
                name: "ix_people_responsible_officer_id_last_name",
                table: "people",
                columns: new[] { "responsible_officer_id", "last_name" });

            migrationBuilder.CreateIndex(
                name: "ix_people_team_id_allocation_status",
                table: "people",
                columns: new[] { "team_id", "allocation_status" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_objectives_sentence_plan_id",
                table: "plan_objectives",
                column: "sentence_plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_review_triggers_sentence_plan_id",
                table: "plan_review_triggers",
                column: "sentence_plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_reviews_sentence_plan_id_reviewed_on",
                table: "plan_reviews",
                columns: new[] { "sentence_plan_id", "reviewed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_requirements_order_id_type",
                table: "requirements",
                columns: new[] { "order_id", "type" });

            migrationBuilder.CreateIndex(
                name: "ix_requirements_status",
                table: "requirements",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_risk_history_person_id_changed_at",
                table: "risk_history",
                columns: new[] { "person_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_sentence_plans_order_id",
                table: "sentence_plans",
                column: "order_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sentence_plans_person_id",
                table: "sentence_plans",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_staff_team_id",
                table: "staff",
                column: "team_id");

            migrationBuilder.CreateIndex(
                name: "ix_teams_name",
                table: "teams",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_teams_office_id",
                table: "teams",
                column: "office_id");

            migrationBuilder.CreateIndex(
                name: "ix_unacceptable_failures_contact_id",
                table: "unacceptable_failures",
                column: "contact_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_unacceptable_failures_order_id_occurred_on",
                table: "unacceptable_failures",
                columns: new[] { "order_id", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_unpaid_work_sessions_requirement_id_worked_on",
                table: "unpaid_work_sessions",
                columns: new[] { "requirement_id", "worked_on" });

            migrationBuilder.CreateIndex(
                name: "ix_unpaid_work_stand_downs_requirement_id_on",
                table: "unpaid_work_stand_downs",
                columns: new[] { "requirement_id", "on" });

            // [DOMAIN.md §12] the audit trail is append-only: no one, the app included, may change or remove a row.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_entries is append-only';
                END $$;
                CREATE TRIGGER audit_entries_no_update_or_delete
                    BEFORE UPDATE OR DELETE ON audit_entries
                    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS audit_entries_no_update_or_delete ON audit_entries;
                DROP FUNCTION IF EXISTS audit_entries_append_only();
                """);

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "bank_holidays");

            migrationBuilder.DropTable(
                name: "case_access_entries");

            migrationBuilder.DropTable(
                name: "case_allocations");

            migrationBuilder.DropTable(
                name: "contact_outcome_corrections");

            migrationBuilder.DropTable(
                name: "enforcement_decisions");

            migrationBuilder.DropTable(
                name: "enforcement_warnings");

            migrationBuilder.DropTable(
                name: "interventions");

            migrationBuilder.DropTable(
                name: "offences");

            migrationBuilder.DropTable(
                name: "plan_objectives");

            migrationBuilder.DropTable(
                name: "plan_review_triggers");

            migrationBuilder.DropTable(
                name: "plan_reviews");

            migrationBuilder.DropTable(
                name: "risk_history");

            migrationBuilder.DropTable(
                name: "unacceptable_failures");

            migrationBuilder.DropTable(
                name: "unpaid_work_sessions");

            migrationBuilder.DropTable(
                name: "unpaid_work_stand_downs");

            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropTable(
                name: "sentence_plans");

            migrationBuilder.DropTable(
                name: "requirements");

            migrationBuilder.DropTable(
                name: "orders");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "staff");

            migrationBuilder.DropTable(
                name: "teams");

            migrationBuilder.DropTable(
                name: "offices");
        }
    }
}
