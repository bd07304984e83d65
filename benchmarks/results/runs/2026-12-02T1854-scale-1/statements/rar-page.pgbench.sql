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

SELECT o.id, o.actual_end_date, o.created_at, o.expected_end_date, o.person_id, o.sentence_date, o.sentencing_court, o.start_date, o.termination_reason, o.type, o.xmin
FROM orders AS o
WHERE o.id = '01a23711-1cec-70db-93eb-bbdb26a8308a'::uuid AND o.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
ORDER BY o.id
LIMIT 2;

SELECT o0.id, o0.description, o0.offence_date, o0.order_id, o0.xmin, o2.id
FROM (
    SELECT o.id
    FROM orders AS o
    WHERE o.id = '01a23711-1cec-70db-93eb-bbdb26a8308a'::uuid AND o.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
    ORDER BY o.id
    LIMIT 1
) AS o2
INNER JOIN offences AS o0 ON o2.id = o0.order_id
ORDER BY o2.id;

SELECT o1.id, o1.breach_decision_id, o1.court, o1.decided_on, o1.new_end_date, o1.order_id, o1.previous_end_date, o1.xmin, o3.id
FROM (
    SELECT o.id
    FROM orders AS o
    WHERE o.id = '01a23711-1cec-70db-93eb-bbdb26a8308a'::uuid AND o.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
    ORDER BY o.id
    LIMIT 1
) AS o3
INNER JOIN order_extensions AS o1 ON o3.id = o1.order_id
ORDER BY o3.id;

SELECT r.id, r.end_date, r.end_reason, r.order_id, r.shortfall_reason, r.start_date, r.status, r.type, r.kind, r.xmin, r.programme_name, r.programme_status, r.sessions_attended, r.sessions_required, r.waiting_list_from, r.details, r.length_in_days, r.days_delivered_at_end, r.maximum_days, r.hours_ordered, r.imposed_on_breach, o4.id
FROM (
    SELECT o.id
    FROM orders AS o
    WHERE o.id = '01a23711-1cec-70db-93eb-bbdb26a8308a'::uuid AND o.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
    ORDER BY o.id
    LIMIT 1
) AS o4
INNER JOIN requirements AS r ON o4.id = r.order_id
ORDER BY o4.id, r.id;

SELECT u.id, u.contact_id, u.is_education_training_or_employment, u.minutes_credited, u.requirement_id, u.worked_on, u.xmin, o4.id, r.id
FROM (
    SELECT o.id
    FROM orders AS o
    WHERE o.id = '01a23711-1cec-70db-93eb-bbdb26a8308a'::uuid AND o.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
    ORDER BY o.id
    LIMIT 1
) AS o4
INNER JOIN requirements AS r ON o4.id = r.order_id
INNER JOIN unpaid_work_sessions AS u ON r.id = u.requirement_id
ORDER BY o4.id, r.id;

SELECT u0.id, u0.contact_id, u0."on", u0.reason, u0.requirement_id, u0.xmin, o4.id, r.id
FROM (
    SELECT o.id
    FROM orders AS o
    WHERE o.id = '01a23711-1cec-70db-93eb-bbdb26a8308a'::uuid AND o.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
    ORDER BY o.id
    LIMIT 1
) AS o4
INNER JOIN requirements AS r ON o4.id = r.order_id
INNER JOIN unpaid_work_stand_downs AS u0 ON r.id = u0.requirement_id
ORDER BY o4.id, r.id;

SELECT u1.id, u1.contact_id, u1.occurred_on, u1.order_id, u1.recorded_at, u1.recorded_by, u1.required_action, u1.xmin, o5.id
FROM (
    SELECT o.id
    FROM orders AS o
    WHERE o.id = '01a23711-1cec-70db-93eb-bbdb26a8308a'::uuid AND o.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
    ORDER BY o.id
    LIMIT 1
) AS o5
INNER JOIN unacceptable_failures AS u1 ON o5.id = u1.order_id
ORDER BY o5.id;

SELECT e.id, e.content, e.failure_id, e.given_by, e.given_on, e.order_id, e.xmin, o6.id
FROM (
    SELECT o.id
    FROM orders AS o
    WHERE o.id = '01a23711-1cec-70db-93eb-bbdb26a8308a'::uuid AND o.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
    ORDER BY o.id
    LIMIT 1
) AS o6
INNER JOIN enforcement_warnings AS e ON o6.id = e.order_id
ORDER BY o6.id;

SELECT e0.id, e0.court_outcome, e0.court_outcome_kind, e0.court_outcome_on, e0.decided_at, e0.decided_by, e0.decision_rationale, e0.failure_id, e0.kind, e0.new_order_id, e0.order_id, e0.pack_compliance_history, e0.pack_progress_so_far, e0.pack_proposal_to_court, e0.pack_updated_at, e0.rationale, e0.referred_at, e0.referred_by, e0.return_reason, e0.returned_on, e0.sent_at, e0.sent_to_court_on, e0.status, e0.times_returned, e0.xmin, o7.id
FROM (
    SELECT o.id
    FROM orders AS o
    WHERE o.id = '01a23711-1cec-70db-93eb-bbdb26a8308a'::uuid AND o.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
    ORDER BY o.id
    LIMIT 1
) AS o7
INNER JOIN enforcement_decisions AS e0 ON o7.id = e0.order_id
ORDER BY o7.id;

SELECT c.id, c.absence_evidence_seen, c.absence_rationale, c.absence_reason, c.created_at, c.delivered_by, c.delivered_by_staff_id, c.ends_at, c.is_face_to_face, c.is_sensitive, c.location, c.notes, c.office_id, c.order_id, c.outcome, c.outcome_notes, c.outcome_recorded_at, c.outcome_recorded_by, c.person_id, c.provider_name, c.requirement_id, c.starts_at, c.type, c.xmin
FROM contacts AS c
WHERE c.order_id = '01a23711-1cec-70db-93eb-bbdb26a8308a'::uuid AND c.requirement_id = '01a23711-1cec-7b5e-b04e-00f035bd638b'::uuid;

SELECT p.first_name AS "FirstName", p.last_name AS "LastName", p.crn AS "Crn"
FROM people AS p
WHERE p.id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
LIMIT 2;
