SELECT s1.id, s1.team_id, s1.c, s2.id, s2.name, s2.grade
FROM (
    SELECT s.id, s.team_id, (
        SELECT t.name
        FROM teams AS t
        WHERE t.id = s.team_id
        LIMIT 1) AS c
    FROM staff AS s
    WHERE s.id = '01a2370e-a4ff-7dc8-866f-a9a7488f3050'::uuid AND s.team_id IS NOT NULL
    LIMIT 2
) AS s1
LEFT JOIN (
    SELECT s0.id, s0.name, s0.grade, s0.team_id
    FROM staff AS s0
    WHERE s0.is_active
) AS s2 ON s1.team_id = s2.team_id
ORDER BY s1.id, s2.name, s2.id;

SELECT count(*) FILTER (WHERE c2.allocation_status = 'AwaitingAllocation')::int AS "AwaitingAllocation", COALESCE(sum(c2.decisions_awaiting_approval), 0)::int AS "AwaitingApproval"
FROM (
    SELECT c.allocation_status, c.decisions_awaiting_approval, 1 AS "Key"
    FROM case_summaries AS c
    WHERE (c.access_limitation = 'None' OR EXISTS (
        SELECT 1
        FROM people AS p
        WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
            SELECT 1
            FROM case_access_entries AS c0
            WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a2370e-a502-7d74-8745-d9e14801a904'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
            SELECT 1
            FROM case_access_entries AS c1
            WHERE p.id = c1.person_id AND c1.removed_at IS NULL AND c1.staff_user_id = '01a2370e-a502-7d74-8745-d9e14801a904'::uuid))) AND p.id = c.person_id)) AND c.team_id = '01a2370e-a4ff-74db-9668-a15fc5a51e1d'::uuid
) AS c2
GROUP BY c2."Key"
LIMIT 2;
