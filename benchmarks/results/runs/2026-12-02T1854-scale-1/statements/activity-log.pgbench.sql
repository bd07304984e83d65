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

SELECT p.first_name AS "FirstName", p.last_name AS "LastName", p.crn AS "Crn"
FROM people AS p
WHERE p.id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
LIMIT 2;

SELECT r0.id, r0.type, r0.sentence_date
FROM orders AS o
JOIN LATERAL (
    SELECT r.id, r.type, o.sentence_date
    FROM requirements AS r
    WHERE o.id = r.order_id
) AS r0 ON TRUE
WHERE o.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid;

SELECT count(*)::int
FROM contacts AS c
WHERE c.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid;

SELECT c1.id, c1.absence_evidence_seen, c1.absence_rationale, c1.absence_reason, c1.created_at, c1.delivered_by, c1.delivered_by_staff_id, c1.ends_at, c1.is_face_to_face, c1.is_sensitive, c1.location, c1.notes, c1.office_id, c1.order_id, c1.outcome, c1.outcome_notes, c1.outcome_recorded_at, c1.outcome_recorded_by, c1.person_id, c1.provider_name, c1.requirement_id, c1.starts_at, c1.type, c1.xmin, c0.id, c0.contact_id, c0.corrected_at, c0.corrected_by, c0.previous_absence_rationale, c0.previous_absence_reason, c0.previous_outcome, c0.previous_recorded_at, c0.previous_recorded_by, c0.reason, c0.xmin
FROM (
    SELECT c.id, c.absence_evidence_seen, c.absence_rationale, c.absence_reason, c.created_at, c.delivered_by, c.delivered_by_staff_id, c.ends_at, c.is_face_to_face, c.is_sensitive, c.location, c.notes, c.office_id, c.order_id, c.outcome, c.outcome_notes, c.outcome_recorded_at, c.outcome_recorded_by, c.person_id, c.provider_name, c.requirement_id, c.starts_at, c.type, c.xmin
    FROM contacts AS c
    WHERE c.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid
    ORDER BY c.starts_at DESC, c.id DESC
    LIMIT 25 OFFSET 0
) AS c1
LEFT JOIN contact_outcome_corrections AS c0 ON c1.id = c0.contact_id
ORDER BY c1.starts_at DESC, c1.id DESC;

SELECT r.id, r.end_date, r.end_reason, r.order_id, r.shortfall_reason, r.start_date, r.status, r.type, r.kind, r.xmin, r.programme_name, r.programme_status, r.sessions_attended, r.sessions_required, r.waiting_list_from, r.details, r.length_in_days, r.days_delivered_at_end, r.maximum_days, r.hours_ordered, r.imposed_on_breach
FROM orders AS o
INNER JOIN requirements AS r ON o.id = r.order_id
WHERE o.person_id = '01a23711-1cec-7635-8883-3dd51b795956'::uuid AND r.id = ANY (ARRAY['01a23711-1cec-7396-afa4-876da60d1752'::uuid, '01a23711-1cec-7df4-9b49-711fab848cc9'::uuid, '01a23711-1cec-7b5e-b04e-00f035bd638b'::uuid]);
