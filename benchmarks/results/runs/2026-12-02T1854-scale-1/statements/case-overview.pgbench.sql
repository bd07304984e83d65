SELECT EXISTS (
    SELECT 1
    FROM people AS p0
    WHERE (p0.access_limitation = 'None' OR (p0.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c
        WHERE p0.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23711-1b09-7e1b-bbae-dac1827dec1c'::uuid)) OR (p0.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p0.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23711-1b09-7e1b-bbae-dac1827dec1c'::uuid))) AND p0.id = p.id) AS "Visible"
FROM people AS p
WHERE p.id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
LIMIT 2;

SELECT p0.id, p0.access_limitation, p0.adjustments, p0.allocation_status, p0.awaiting_allocation_since, p0.barriers, p0.created_at, p0.crn, p0.date_of_birth, p0.disability, p0.ethnicity, p0.first_name, p0.gender, p0.last_name, p0.needs, p0.phone, p0.religion, p0.responsible_officer_id, p0.sexual_orientation, p0.team_id, p0.xmin, p0.c, p0.risk_at_risk, p0.risk_flags, p0.risk_mappa_category, p0.risk_mappa_level, p0.risk_ogrs_percent, p0.risk_rosh, p0.risk_rsr_percent, r.id, r.changed_at, r.changed_by, r.person_id, r.reason, r.xmin, r.assessment_at_risk, r.assessment_flags, r.assessment_mappa_category, r.assessment_mappa_level, r.assessment_ogrs_percent, r.assessment_rosh, r.assessment_rsr_percent
FROM (
    SELECT p.id, p.access_limitation, p.adjustments, p.allocation_status, p.awaiting_allocation_since, p.barriers, p.created_at, p.crn, p.date_of_birth, p.disability, p.ethnicity, p.first_name, p.gender, p.last_name, p.needs, p.phone, p.religion, p.responsible_officer_id, p.sexual_orientation, p.team_id, p.xmin, p.address AS c, p.risk_at_risk, p.risk_flags, p.risk_mappa_category, p.risk_mappa_level, p.risk_ogrs_percent, p.risk_rosh, p.risk_rsr_percent
    FROM people AS p
    WHERE p.id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
    LIMIT 2
) AS p0
LEFT JOIN risk_history AS r ON p0.id = r.person_id
ORDER BY p0.id;

SELECT s.name
FROM staff AS s
WHERE s.id = '01a23711-1b05-74ee-968c-656bcbb576d5'::uuid
LIMIT 2;

SELECT t.name
FROM teams AS t
WHERE t.id = '01a23711-1b03-7402-a22c-87aeaf740328'::uuid
LIMIT 2;

SELECT s.id AS "Id", s.name AS "Name"
FROM staff AS s
WHERE s.id = ANY (ARRAY['01a23711-1b05-74ee-968c-656bcbb576d5'::uuid])
UNION ALL
SELECT a.id AS "Id", a.display_name AS "Name"
FROM "AspNetUsers" AS a
WHERE a.id = ANY (ARRAY['01a23711-1b05-74ee-968c-656bcbb576d5'::uuid]);

SELECT o.id, o.actual_end_date, o.created_at, o.expected_end_date, o.person_id, o.sentence_date, o.sentencing_court, o.start_date, o.termination_reason, o.type, o.xmin
FROM orders AS o
WHERE o.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
ORDER BY o.sentence_date DESC, o.id;

SELECT o0.id, o0.description, o0.offence_date, o0.order_id, o0.xmin, o.id
FROM orders AS o
INNER JOIN offences AS o0 ON o.id = o0.order_id
WHERE o.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
ORDER BY o.sentence_date DESC, o.id;

SELECT r.id, r.end_date, r.end_reason, r.order_id, r.shortfall_reason, r.start_date, r.status, r.type, r.kind, r.xmin, r.programme_name, r.programme_status, r.sessions_attended, r.sessions_required, r.waiting_list_from, r.details, r.length_in_days, r.days_delivered_at_end, r.maximum_days, r.hours_ordered, r.imposed_on_breach, o.id
FROM orders AS o
INNER JOIN requirements AS r ON o.id = r.order_id
WHERE o.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
ORDER BY o.sentence_date DESC, o.id, r.id;

SELECT u.id, u.contact_id, u.is_education_training_or_employment, u.minutes_credited, u.requirement_id, u.worked_on, u.xmin, o.id, r.id
FROM orders AS o
INNER JOIN requirements AS r ON o.id = r.order_id
INNER JOIN unpaid_work_sessions AS u ON r.id = u.requirement_id
WHERE o.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
ORDER BY o.sentence_date DESC, o.id, r.id;

SELECT u0.id, u0.contact_id, u0."on", u0.reason, u0.requirement_id, u0.xmin, o.id, r.id
FROM orders AS o
INNER JOIN requirements AS r ON o.id = r.order_id
INNER JOIN unpaid_work_stand_downs AS u0 ON r.id = u0.requirement_id
WHERE o.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
ORDER BY o.sentence_date DESC, o.id, r.id;

SELECT u1.id, u1.contact_id, u1.occurred_on, u1.order_id, u1.recorded_at, u1.recorded_by, u1.required_action, u1.xmin, o.id
FROM orders AS o
INNER JOIN unacceptable_failures AS u1 ON o.id = u1.order_id
WHERE o.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
ORDER BY o.sentence_date DESC, o.id;

SELECT e.id, e.content, e.failure_id, e.given_by, e.given_on, e.order_id, e.xmin, o.id
FROM orders AS o
INNER JOIN enforcement_warnings AS e ON o.id = e.order_id
WHERE o.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
ORDER BY o.sentence_date DESC, o.id;

SELECT e0.id, e0.court_outcome, e0.court_outcome_kind, e0.court_outcome_on, e0.decided_at, e0.decided_by, e0.decision_rationale, e0.failure_id, e0.kind, e0.new_order_id, e0.order_id, e0.pack_compliance_history, e0.pack_progress_so_far, e0.pack_proposal_to_court, e0.pack_updated_at, e0.rationale, e0.referred_at, e0.referred_by, e0.return_reason, e0.returned_on, e0.sent_at, e0.sent_to_court_on, e0.status, e0.times_returned, e0.xmin, o.id
FROM orders AS o
INNER JOIN enforcement_decisions AS e0 ON o.id = e0.order_id
WHERE o.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
ORDER BY o.sentence_date DESC, o.id;

SELECT c.id, c.absence_evidence_seen, c.absence_rationale, c.absence_reason, c.created_at, c.delivered_by, c.delivered_by_staff_id, c.ends_at, c.is_face_to_face, c.is_sensitive, c.location, c.notes, c.office_id, c.order_id, c.outcome, c.outcome_notes, c.outcome_recorded_at, c.outcome_recorded_by, c.person_id, c.provider_name, c.requirement_id, c.starts_at, c.type, c.xmin
FROM contacts AS c
WHERE c.requirement_id IS NOT NULL AND c.requirement_id = ANY (ARRAY['01a23711-1cec-7b5e-b04e-00f035bd638b'::uuid]);

SELECT c.order_id AS "OrderId", c.first_appointment_due_by AS "DueBy", c.first_seen_on AS "FirstSeenOn"
FROM case_summaries AS c
WHERE c.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid AND c.first_appointment_due_by IS NOT NULL
LIMIT 2;

SELECT c.person_id, c.access_limitation, c.allocation_status, c.awaiting_allocation_since, c.bookings_without_outcome, c.breach_awaiting_approval_since, c.breach_in_progress, c.computed_with, c.crn, c.date_of_birth, c.decisions_awaiting_approval, c.earliest_booking_without_outcome, c.face_to_face_months, c.failures_not_dealt_with, c.first_appointment_due_by, c.first_name, c.first_seen_on, c.flags, c.high_rosh, c.last_face_to_face, c.last_name, c.live_until, c.mappa, c.mappa_category, c.mappa_level, c.needs_keep_others_safe_objective, c.officer_changes, c.open_oversight_actions_due, c.order_end_date, c.order_expected_end_date, c.order_id, c.order_start_date, c.order_type, c.plan_due_on, c.plan_keeps_others_safe, c.plan_person_involved, c.plan_signed_off_on, c.rar_behind_pace_from, c.rar_days_delivered, c.rar_maximum_days, c.requirements_awaiting_start, c.requirements_start_due_by, c.responsible_officer_id, c.review_due_on, c.rosh, c.team_id, c.unpaid_work_behind_pace_from, c.unpaid_work_hours_ordered, c.unpaid_work_minutes_worked, c.workload_weight
FROM case_summaries AS c
WHERE c.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
LIMIT 2;

SELECT c.id, c.starts_at, c.type
FROM contacts AS c
WHERE c.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid AND c.outcome IS NULL AND c.starts_at <= '2026-12-02 18:55:47.772019+00'::timestamptz
ORDER BY c.starts_at
LIMIT 5;

SELECT c.id, c.starts_at, c.type
FROM contacts AS c
WHERE c.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid AND c.outcome IS NULL AND c.starts_at = '2026-12-07 08:30:00.000000+00'::timestamptz
ORDER BY c.id
LIMIT 1;

SELECT c.id AS "Id", c.type AS "Type", c.outcome AS "Outcome"
FROM contacts AS c
WHERE c.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid AND c.id = ANY (ARRAY['01a23711-1ced-7d85-99ef-cd3985ab8a2e'::uuid, '01a23711-1ced-7dff-b20f-425cd88ff7bf'::uuid]);
