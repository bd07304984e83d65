SELECT s.id, s.team_id, (
    SELECT t.name
    FROM teams AS t
    WHERE t.id = s.team_id
    LIMIT 1)
FROM staff AS s
WHERE s.id = '01a23459-9ce1-7009-a6a0-f8f6c7caf4ca'::uuid AND s.team_id IS NOT NULL
LIMIT 2;

SELECT s.id, s.name, s.grade
FROM staff AS s
WHERE s.team_id = '01a23459-9cd9-7d56-8620-69afda9fd938'::uuid AND s.is_active
ORDER BY s.name;

SELECT count(*)::int
FROM people AS p
WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
    SELECT 1
    FROM case_access_entries AS c
    WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
    SELECT 1
    FROM case_access_entries AS c0
    WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid))) AND p.team_id = '01a23459-9cd9-7d56-8620-69afda9fd938'::uuid AND p.allocation_status = 'Allocated';

SELECT p.id AS "Id", p.crn AS "Crn", p.first_name AS "FirstName", p.last_name AS "LastName", p.responsible_officer_id AS "ResponsibleOfficerId", (
    SELECT s.name
    FROM staff AS s
    WHERE s.id = p.responsible_officer_id
    LIMIT 1) AS "OfficerName", p.risk_rosh AS "Rosh", (
    SELECT count(*)::int
    FROM contacts AS c1
    WHERE c1.person_id = p.id AND c1.outcome IS NULL AND c1.starts_at <= '2026-12-02 01:45:18.741374+00'::timestamptz) AS "OutcomesNotRecorded", (
    SELECT count(*)::int
    FROM orders AS o
    JOIN LATERAL (
        SELECT 1
        FROM unacceptable_failures AS u
        WHERE o.id = u.order_id AND NOT EXISTS (
            SELECT 1
            FROM enforcement_warnings AS e
            WHERE o.id = e.order_id AND e.failure_id = u.id) AND NOT EXISTS (
            SELECT 1
            FROM enforcement_decisions AS e0
            WHERE o.id = e0.order_id AND e0.failure_id = u.id AND e0.status <> 'Rejected')
    ) AS u0 ON TRUE
    WHERE o.person_id = p.id) AS "FailuresWithoutDecision", EXISTS (
    SELECT 1
    FROM orders AS o0
    INNER JOIN enforcement_decisions AS e1 ON o0.id = e1.order_id
    WHERE o0.person_id = p.id AND e1.kind = 'Breach' AND e1.status <> 'Rejected' AND e1.court_outcome IS NULL) AS "BreachInProgress", (
    SELECT count(*)::int
    FROM orders AS o1
    INNER JOIN requirements AS r ON o1.id = r.order_id
    WHERE o1.person_id = p.id AND o1.actual_end_date IS NULL AND o1.sentence_date < '2026-11-04'::date AND r.status = 'AwaitingStart') AS "RequirementsNotStarted", (
    SELECT count(*)::int
    FROM management_oversight AS m
    INNER JOIN oversight_actions AS o2 ON m.id = o2.oversight_id
    WHERE m.person_id = p.id AND o2.completed_on IS NULL AND o2.due_on < '2026-12-02'::date) AS "OverdueActions", (
    SELECT count(*)::int
    FROM case_allocations AS c2
    WHERE p.id = c2.person_id) AS "Allocations"
FROM people AS p
WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
    SELECT 1
    FROM case_access_entries AS c
    WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
    SELECT 1
    FROM case_access_entries AS c0
    WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid))) AND p.team_id = '01a23459-9cd9-7d56-8620-69afda9fd938'::uuid AND p.allocation_status = 'Allocated'
ORDER BY p.last_name, p.first_name, p.id
LIMIT 25 OFFSET 0;
