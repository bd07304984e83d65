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

SELECT c.responsible_officer_id AS "OfficerId", count(*)::int AS "Cases", COALESCE(sum(c.workload_weight), 0)::int AS "Weighted", count(*) FILTER (WHERE c.high_rosh)::int AS "High", count(*) FILTER (WHERE c.mappa)::int AS "Mappa"
FROM case_summaries AS c
WHERE c.live_until >= '2026-12-02'::date AND c.allocation_status = 'Allocated' AND c.responsible_officer_id IS NOT NULL AND c.responsible_officer_id = ANY (ARRAY['01a23711-1b05-74ee-968c-656bcbb576d5'::uuid, '01a23711-1b05-7ac0-a4c7-c6c58e5f0b41'::uuid, '01a23711-1b05-7ed7-ae78-778d2f0f2242'::uuid, '01a23711-1b05-73c2-9134-56ee0816b1a5'::uuid, '01a23711-1b03-7dce-9a09-60d8a4f14bb2'::uuid, '01a23711-1b05-7ce7-babf-8eeb6a710d78'::uuid, '01a23711-1b05-7f39-9e5a-d69ea3a2e173'::uuid, '01a23711-1b05-7427-967b-3482e6f0869e'::uuid, '01a23711-1b05-7cd4-b631-115d723f6d0c'::uuid, '01a23711-1b05-7112-82bc-b0695ded5af5'::uuid])
GROUP BY c.responsible_officer_id;

SELECT (
    SELECT count(*)::int
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c
        WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23711-1b06-745b-aff5-f02c2874034f'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23711-1b06-745b-aff5-f02c2874034f'::uuid))) AND p.team_id = '01a23711-1b03-7402-a22c-87aeaf740328'::uuid AND p.allocation_status = 'AwaitingAllocation') AS "Queue", (
    SELECT COALESCE(sum(c1.decisions_awaiting_approval), 0)::int
    FROM case_summaries AS c1
    WHERE (c1.access_limitation = 'None' OR EXISTS (
        SELECT 1
        FROM people AS p0
        WHERE (p0.access_limitation = 'None' OR (p0.access_limitation = 'Exclusion' AND NOT EXISTS (
            SELECT 1
            FROM case_access_entries AS c2
            WHERE p0.id = c2.person_id AND c2.removed_at IS NULL AND c2.staff_user_id = '01a23711-1b06-745b-aff5-f02c2874034f'::uuid)) OR (p0.access_limitation = 'Restriction' AND EXISTS (
            SELECT 1
            FROM case_access_entries AS c3
            WHERE p0.id = c3.person_id AND c3.removed_at IS NULL AND c3.staff_user_id = '01a23711-1b06-745b-aff5-f02c2874034f'::uuid))) AND p0.id = c1.person_id)) AND c1.team_id = '01a23711-1b03-7402-a22c-87aeaf740328'::uuid) AS "Pending", (
    SELECT count(*)::int
    FROM people AS p1
    INNER JOIN orders AS o ON p1.id = o.person_id
    INNER JOIN enforcement_decisions AS e ON o.id = e.order_id
    WHERE (p1.access_limitation = 'None' OR (p1.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c4
        WHERE p1.id = c4.person_id AND c4.removed_at IS NULL AND c4.staff_user_id = '01a23711-1b06-745b-aff5-f02c2874034f'::uuid)) OR (p1.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c5
        WHERE p1.id = c5.person_id AND c5.removed_at IS NULL AND c5.staff_user_id = '01a23711-1b06-745b-aff5-f02c2874034f'::uuid))) AND p1.team_id = '01a23711-1b03-7402-a22c-87aeaf740328'::uuid AND e.kind = 'Breach' AND e.status = 'Approved' AND e.court_outcome_on IS NULL AND (e.sent_to_court_on IS NULL OR e.returned_on IS NOT NULL)) AS "Packs", (
    SELECT count(*)::int
    FROM case_summaries AS c6
    WHERE (c6.access_limitation = 'None' OR EXISTS (
        SELECT 1
        FROM people AS p2
        WHERE (p2.access_limitation = 'None' OR (p2.access_limitation = 'Exclusion' AND NOT EXISTS (
            SELECT 1
            FROM case_access_entries AS c7
            WHERE p2.id = c7.person_id AND c7.removed_at IS NULL AND c7.staff_user_id = '01a23711-1b06-745b-aff5-f02c2874034f'::uuid)) OR (p2.access_limitation = 'Restriction' AND EXISTS (
            SELECT 1
            FROM case_access_entries AS c8
            WHERE p2.id = c8.person_id AND c8.removed_at IS NULL AND c8.staff_user_id = '01a23711-1b06-745b-aff5-f02c2874034f'::uuid))) AND p2.id = c6.person_id)) AND c6.live_until >= '2026-12-02'::date AND c6.allocation_status = 'Allocated' AND c6.team_id = '01a23711-1b03-7402-a22c-87aeaf740328'::uuid AND (
        SELECT count(*)::int
        FROM unnest(c6.open_oversight_actions_due) AS o0(value)
        WHERE o0.value < '2026-12-02'::date) > 0) AS "Oversight"
FROM teams AS t
WHERE t.id = '01a23711-1b03-7402-a22c-87aeaf740328'::uuid
LIMIT 2;
