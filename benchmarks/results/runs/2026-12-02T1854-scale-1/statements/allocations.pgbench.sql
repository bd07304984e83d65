SELECT s1.id, s1.team_id, s1.c, s2.id, s2.name, s2.grade
FROM (
    SELECT s.id, s.team_id, (
        SELECT t.name
        FROM teams AS t
        WHERE t.id = s.team_id
        LIMIT 1) AS c
    FROM staff AS s
    WHERE s.id = '01a23711-1b03-7dce-9a09-60d8a4f14bb2'::uuid AND s.team_id IS NOT NULL
    LIMIT 2
) AS s1
LEFT JOIN (
    SELECT s0.id, s0.name, s0.grade, s0.team_id
    FROM staff AS s0
    WHERE s0.is_active
) AS s2 ON s1.team_id = s2.team_id
ORDER BY s1.id, s2.name, s2.id;

SELECT p2.id, p2.crn, p2.first_name, p2.last_name, p2.awaiting_allocation_since, p2.risk_rosh, p2.risk_mappa_category, p2.risk_mappa_level, p2.risk_flags, s.type, s.c, s.status, s.id, s.id0, s0.kind, s0.requested_on, s0.outstanding_told_to_court, s0.id, s0.id0
FROM (
    SELECT p.id, p.crn, p.first_name, p.last_name, p.awaiting_allocation_since, p.risk_rosh, p.risk_mappa_category, p.risk_mappa_level, p.risk_flags
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c
        WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23711-1b06-745b-aff5-f02c2874034f'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23711-1b06-745b-aff5-f02c2874034f'::uuid))) AND p.team_id = '01a23711-1b03-7402-a22c-87aeaf740328'::uuid AND p.allocation_status = 'AwaitingAllocation'
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
