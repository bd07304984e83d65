SELECT s.id, s.team_id, (
    SELECT t.name
    FROM teams AS t
    WHERE t.id = s.team_id
    LIMIT 1)
FROM staff AS s
WHERE s.id = '01a23489-e3dd-7266-96b4-ae3d184edf00'::uuid AND s.team_id IS NOT NULL
LIMIT 2;

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
            WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23489-e3de-7a74-87cd-7913efcc8e28'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
            SELECT 1
            FROM case_access_entries AS c1
            WHERE p.id = c1.person_id AND c1.removed_at IS NULL AND c1.staff_user_id = '01a23489-e3de-7a74-87cd-7913efcc8e28'::uuid))) AND p.id = c.person_id)) AND c.team_id = '01a23489-e3dd-76e7-9398-bd6cbd8bb3d6'::uuid
) AS c2
GROUP BY c2."Key"
LIMIT 2;
