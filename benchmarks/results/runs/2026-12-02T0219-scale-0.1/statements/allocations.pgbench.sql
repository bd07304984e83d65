SELECT s.id, s.team_id, (
    SELECT t.name
    FROM teams AS t
    WHERE t.id = s.team_id
    LIMIT 1)
FROM staff AS s
WHERE s.id = '01a23489-e3dd-7266-96b4-ae3d184edf00'::uuid AND s.team_id IS NOT NULL
LIMIT 2;

SELECT p2.id, p2.crn, p2.first_name, p2.last_name, p2.awaiting_allocation_since, p2.risk_rosh, p2.risk_mappa_category, p2.risk_mappa_level, p2.risk_flags, s.type, s.c, s.status, s.id, s.id0, s0.kind, s0.requested_on, s0.outstanding_told_to_court, s0.id, s0.id0
FROM (
    SELECT p.id, p.crn, p.first_name, p.last_name, p.awaiting_allocation_since, p.risk_rosh, p.risk_mappa_category, p.risk_mappa_level, p.risk_flags
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c
        WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23489-e3de-7a74-87cd-7913efcc8e28'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23489-e3de-7a74-87cd-7913efcc8e28'::uuid))) AND p.team_id = '01a23489-e3dd-76e7-9398-bd6cbd8bb3d6'::uuid AND p.allocation_status = 'AwaitingAllocation'
    ORDER BY p.awaiting_allocation_since, p.last_name
    LIMIT 200
) AS p2
LEFT JOIN (
    SELECT r.type, CASE
        WHEN r.kind = 'rar' THEN r.maximum_days
        WHEN r.kind = 'unpaid_work' THEN r.hours_ordered
        WHEN r.kind = 'accredited_programme' THEN r.sessions_required
    END AS c, r.status, o.id, r.id AS id0, o.person_id
    FROM orders AS o
    INNER JOIN requirements AS r ON o.id = r.order_id
    WHERE o.actual_end_date IS NULL
) AS s ON p2.id = s.person_id
LEFT JOIN (
    SELECT p1.kind, p1.requested_on, p1.outstanding_told_to_court, p0.id, p1.id AS id0, p0.person_id
    FROM pre_sentence_reports AS p0
    INNER JOIN pre_sentence_checks AS p1 ON p0.id = p1.report_id
    WHERE p1.returned_on IS NULL
) AS s0 ON p2.id = s0.person_id
ORDER BY p2.awaiting_allocation_since, p2.last_name, p2.id, s.id, s.id0, s0.id;
