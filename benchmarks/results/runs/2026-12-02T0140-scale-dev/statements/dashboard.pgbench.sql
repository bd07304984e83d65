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

SELECT p1.responsible_officer_id AS "Key", count(*)::int AS "Count"
FROM people AS p
INNER JOIN (
    SELECT p0.id, p0.responsible_officer_id
    FROM people AS p0
    WHERE (p0.access_limitation = 'None' OR (p0.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c1
        WHERE p0.id = c1.person_id AND c1.removed_at IS NULL AND c1.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid)) OR (p0.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c2
        WHERE p0.id = c2.person_id AND c2.removed_at IS NULL AND c2.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid))) AND p0.team_id = '01a23459-9cd9-7d56-8620-69afda9fd938'::uuid AND p0.allocation_status = 'Allocated' AND p0.responsible_officer_id IS NOT NULL
) AS p1 ON p.id = p1.id
WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
    SELECT 1
    FROM case_access_entries AS c
    WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
    SELECT 1
    FROM case_access_entries AS c0
    WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid))) AND p.team_id = '01a23459-9cd9-7d56-8620-69afda9fd938'::uuid AND p.allocation_status = 'Allocated' AND p.responsible_officer_id IS NOT NULL
GROUP BY p1.responsible_officer_id;

SELECT p.responsible_officer_id AS "Key", COALESCE(sum(1 + CASE
    WHEN p.risk_rosh IN ('High', 'VeryHigh') THEN 1
    ELSE 0
END + CASE
    WHEN p.risk_mappa_category <> 'None' THEN 1
    ELSE 0
END), 0)::int AS "Weight"
FROM people AS p
WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
    SELECT 1
    FROM case_access_entries AS c
    WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
    SELECT 1
    FROM case_access_entries AS c0
    WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid))) AND p.team_id = '01a23459-9cd9-7d56-8620-69afda9fd938'::uuid AND p.allocation_status = 'Allocated' AND p.responsible_officer_id IS NOT NULL
GROUP BY p.responsible_officer_id;

SELECT p0.responsible_officer_id AS "Key", count(*)::int AS "Count"
FROM contacts AS c
INNER JOIN (
    SELECT p.id, p.responsible_officer_id
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c1
        WHERE p.id = c1.person_id AND c1.removed_at IS NULL AND c1.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid))) AND p.team_id = '01a23459-9cd9-7d56-8620-69afda9fd938'::uuid AND p.allocation_status = 'Allocated' AND p.responsible_officer_id IS NOT NULL
) AS p0 ON c.person_id = p0.id
WHERE c.outcome IS NULL AND c.starts_at <= '2026-12-02 01:45:21.718536+00'::timestamptz
GROUP BY p0.responsible_officer_id;

SELECT p0.responsible_officer_id AS "Key", count(*)::int AS "Count"
FROM orders AS o
JOIN LATERAL (
    SELECT u.order_id
    FROM unacceptable_failures AS u
    WHERE o.id = u.order_id AND NOT EXISTS (
        SELECT 1
        FROM enforcement_warnings AS e
        WHERE o.id = e.order_id AND e.failure_id = u.id) AND NOT EXISTS (
        SELECT 1
        FROM enforcement_decisions AS e0
        WHERE o.id = e0.order_id AND e0.failure_id = u.id AND e0.status <> 'Rejected')
) AS u0 ON TRUE
INNER JOIN orders AS o0 ON u0.order_id = o0.id
INNER JOIN (
    SELECT p.id, p.responsible_officer_id
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c
        WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid))) AND p.team_id = '01a23459-9cd9-7d56-8620-69afda9fd938'::uuid AND p.allocation_status = 'Allocated' AND p.responsible_officer_id IS NOT NULL
) AS p0 ON o0.person_id = p0.id
GROUP BY p0.responsible_officer_id;

SELECT p0.responsible_officer_id AS "Key", count(*)::int AS "Count"
FROM orders AS o
INNER JOIN enforcement_decisions AS e ON o.id = e.order_id
INNER JOIN orders AS o0 ON e.order_id = o0.id
INNER JOIN (
    SELECT p.id, p.responsible_officer_id
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c
        WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid))) AND p.team_id = '01a23459-9cd9-7d56-8620-69afda9fd938'::uuid AND p.allocation_status = 'Allocated' AND p.responsible_officer_id IS NOT NULL
) AS p0 ON o0.person_id = p0.id
WHERE e.kind = 'Breach' AND e.status <> 'Rejected' AND e.court_outcome IS NULL
GROUP BY p0.responsible_officer_id;

SELECT p0.responsible_officer_id AS "Key", count(*)::int AS "Count"
FROM orders AS o
INNER JOIN (
    SELECT r.order_id
    FROM requirements AS r
    WHERE r.status = 'AwaitingStart'
) AS r0 ON o.id = r0.order_id
INNER JOIN (
    SELECT p.id, p.responsible_officer_id
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c
        WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid))) AND p.team_id = '01a23459-9cd9-7d56-8620-69afda9fd938'::uuid AND p.allocation_status = 'Allocated' AND p.responsible_officer_id IS NOT NULL
) AS p0 ON o.person_id = p0.id
WHERE o.actual_end_date IS NULL AND o.sentence_date < '2026-11-04'::date
GROUP BY p0.responsible_officer_id;

SELECT p0.responsible_officer_id AS "Key", count(*)::int AS "Count"
FROM management_oversight AS m
INNER JOIN (
    SELECT o.oversight_id
    FROM oversight_actions AS o
    WHERE o.completed_on IS NULL AND o.due_on < '2026-12-02'::date
) AS o0 ON m.id = o0.oversight_id
INNER JOIN (
    SELECT p.id, p.responsible_officer_id
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c
        WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid))) AND p.team_id = '01a23459-9cd9-7d56-8620-69afda9fd938'::uuid AND p.allocation_status = 'Allocated' AND p.responsible_officer_id IS NOT NULL
) AS p0 ON m.person_id = p0.id
GROUP BY p0.responsible_officer_id;

SELECT p1.responsible_officer_id AS "Key", count(*)::int AS "Count"
FROM people AS p
INNER JOIN (
    SELECT p0.id, p0.responsible_officer_id
    FROM people AS p0
    WHERE (p0.access_limitation = 'None' OR (p0.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c2
        WHERE p0.id = c2.person_id AND c2.removed_at IS NULL AND c2.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid)) OR (p0.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c3
        WHERE p0.id = c3.person_id AND c3.removed_at IS NULL AND c3.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid))) AND p0.team_id = '01a23459-9cd9-7d56-8620-69afda9fd938'::uuid AND p0.allocation_status = 'Allocated' AND p0.responsible_officer_id IS NOT NULL
) AS p1 ON p.id = p1.id
WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
    SELECT 1
    FROM case_access_entries AS c
    WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
    SELECT 1
    FROM case_access_entries AS c0
    WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid))) AND p.team_id = '01a23459-9cd9-7d56-8620-69afda9fd938'::uuid AND p.allocation_status = 'Allocated' AND p.responsible_officer_id IS NOT NULL AND EXISTS (
    SELECT 1
    FROM orders AS o
    WHERE o.person_id = p.id AND o.start_date < '2026-11-01'::date AND (o.actual_end_date IS NULL OR o.actual_end_date >= '2026-12-01'::date)) AND NOT EXISTS (
    SELECT 1
    FROM contacts AS c1
    WHERE c1.person_id = p.id AND c1.is_face_to_face AND (c1.outcome = ANY (ARRAY['AttendedComplied', 'AttendedFailedToComply', 'AttendedSentHomeBehaviour', 'AttendedSentHomeServiceIssues']::text[]) OR (c1.outcome IS NULL AND array_position(ARRAY['AttendedComplied', 'AttendedFailedToComply', 'AttendedSentHomeBehaviour', 'AttendedSentHomeServiceIssues']::text[], NULL) IS NOT NULL)) AND c1.starts_at >= '2026-11-01 00:00:00.000000+00'::timestamptz AND c1.starts_at < '2026-12-01 00:00:00.000000+00'::timestamptz)
GROUP BY p1.responsible_officer_id;

SELECT s.id, s.created_at, s.created_by, s.order_id, s.person_id, s.person_involved, s.persons_views, s.signed_off_at, s.signed_off_before_face_to_face, s.signed_off_by, s.xmin, p0.id, p0.responsible_officer_id
FROM sentence_plans AS s
INNER JOIN (
    SELECT p.id, p.responsible_officer_id
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c
        WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid))) AND p.team_id = '01a23459-9cd9-7d56-8620-69afda9fd938'::uuid AND p.allocation_status = 'Allocated' AND p.responsible_officer_id IS NOT NULL
) AS p0 ON s.person_id = p0.id
WHERE s.signed_off_at IS NOT NULL AND EXISTS (
    SELECT 1
    FROM orders AS o
    WHERE o.id = s.order_id AND o.actual_end_date IS NULL)
ORDER BY s.id, p0.id;

SELECT p1.id, p1.recorded_at, p1.reviewed_by, p1.reviewed_on, p1.sentence_plan_id, p1.what_changed, p1.xmin, s.id, p0.id
FROM sentence_plans AS s
INNER JOIN (
    SELECT p.id
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c
        WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid))) AND p.team_id = '01a23459-9cd9-7d56-8620-69afda9fd938'::uuid AND p.allocation_status = 'Allocated' AND p.responsible_officer_id IS NOT NULL
) AS p0 ON s.person_id = p0.id
INNER JOIN plan_reviews AS p1 ON s.id = p1.sentence_plan_id
WHERE s.signed_off_at IS NOT NULL AND EXISTS (
    SELECT 1
    FROM orders AS o
    WHERE o.id = s.order_id AND o.actual_end_date IS NULL)
ORDER BY s.id, p0.id;

SELECT p2.id, p2.note, p2.occurred_on, p2.review_id, p2.sentence_plan_id, p2.trigger, p2.xmin, s.id, p0.id
FROM sentence_plans AS s
INNER JOIN (
    SELECT p.id
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c
        WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid))) AND p.team_id = '01a23459-9cd9-7d56-8620-69afda9fd938'::uuid AND p.allocation_status = 'Allocated' AND p.responsible_officer_id IS NOT NULL
) AS p0 ON s.person_id = p0.id
INNER JOIN plan_review_triggers AS p2 ON s.id = p2.sentence_plan_id
WHERE s.signed_off_at IS NOT NULL AND EXISTS (
    SELECT 1
    FROM orders AS o
    WHERE o.id = s.order_id AND o.actual_end_date IS NULL)
ORDER BY s.id, p0.id;

SELECT b.date
FROM bank_holidays AS b;

SELECT p.responsible_officer_id, p.id, p.access_limitation, p.adjustments, p.allocation_status, p.awaiting_allocation_since, p.barriers, p.created_at, p.crn, p.date_of_birth, p.disability, p.ethnicity, p.first_name, p.gender, p.last_name, p.needs, p.phone, p.religion, p.sexual_orientation, p.team_id, p.xmin, p.address, p.risk_at_risk, p.risk_flags, p.risk_mappa_category, p.risk_mappa_level, p.risk_ogrs_percent, p.risk_rosh, p.risk_rsr_percent, (
    SELECT min(c1.allocated_at)
    FROM case_allocations AS c1
    WHERE p.id = c1.person_id), o2.sentence_date, o2.c, o2.c0, s1."SignedOffAt", s1."PersonInvolved", s1."KeepsOthersSafe", s1.c
FROM people AS p
LEFT JOIN (
    SELECT o1.sentence_date, o1.c, o1.c0, o1.id, o1.person_id
    FROM (
        SELECT o0.sentence_date, (
            SELECT min(c2.starts_at)
            FROM contacts AS c2
            WHERE c2.order_id = o0.id AND c2.is_face_to_face AND (c2.outcome = ANY (ARRAY['AttendedComplied', 'AttendedFailedToComply', 'AttendedSentHomeBehaviour', 'AttendedSentHomeServiceIssues']::text[]) OR (c2.outcome IS NULL AND array_position(ARRAY['AttendedComplied', 'AttendedFailedToComply', 'AttendedSentHomeBehaviour', 'AttendedSentHomeServiceIssues']::text[], NULL) IS NOT NULL))) AS c, 1 AS c0, o0.id, o0.person_id, ROW_NUMBER() OVER(PARTITION BY o0.person_id ORDER BY o0.sentence_date DESC) AS row
        FROM orders AS o0
        WHERE o0.actual_end_date IS NULL
    ) AS o1
    WHERE o1.row <= 1
) AS o2 ON p.id = o2.person_id
LEFT JOIN (
    SELECT s0."SignedOffAt", s0."PersonInvolved", s0."KeepsOthersSafe", s0.c, s0.order_id
    FROM (
        SELECT s.signed_off_at AS "SignedOffAt", s.person_involved AS "PersonInvolved", EXISTS (
            SELECT 1
            FROM plan_objectives AS p0
            WHERE s.id = p0.sentence_plan_id AND p0.risk = 'KeepingOthersSafe') AS "KeepsOthersSafe", 1 AS c, s.order_id, ROW_NUMBER() OVER(PARTITION BY s.order_id ORDER BY s.id) AS row
        FROM sentence_plans AS s
    ) AS s0
    WHERE s0.row <= 1
) AS s1 ON o2.id = s1.order_id
WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
    SELECT 1
    FROM case_access_entries AS c
    WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
    SELECT 1
    FROM case_access_entries AS c0
    WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid))) AND p.team_id = '01a23459-9cd9-7d56-8620-69afda9fd938'::uuid AND p.allocation_status = 'Allocated' AND p.responsible_officer_id IS NOT NULL AND EXISTS (
    SELECT 1
    FROM orders AS o
    WHERE o.person_id = p.id AND o.actual_end_date IS NULL);

SELECT p0.responsible_officer_id, o.start_date, o.expected_end_date, r0.maximum_days, o.id, r0.id, p0.id, c2.starts_at, c2.id
FROM orders AS o
INNER JOIN (
    SELECT r.id, r.order_id, r.maximum_days
    FROM requirements AS r
    WHERE r.kind = 'rar'
) AS r0 ON o.id = r0.order_id
INNER JOIN (
    SELECT p.id, p.responsible_officer_id
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c
        WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid))) AND p.team_id = '01a23459-9cd9-7d56-8620-69afda9fd938'::uuid AND p.allocation_status = 'Allocated' AND p.responsible_officer_id IS NOT NULL
) AS p0 ON o.person_id = p0.id
LEFT JOIN (
    SELECT c1.starts_at, c1.id, c1.requirement_id
    FROM contacts AS c1
    WHERE c1.type = 'RarActivity' AND c1.outcome = 'AttendedComplied'
) AS c2 ON r0.id = c2.requirement_id
WHERE o.actual_end_date IS NULL
ORDER BY o.id, r0.id, p0.id;

SELECT p0.responsible_officer_id AS "Key", COALESCE(sum(r0.hours_ordered), 0)::int AS "Ordered", COALESCE(sum((
    SELECT COALESCE(sum(u.minutes_credited), 0)::int
    FROM unpaid_work_sessions AS u
    WHERE r0.id = u.requirement_id)), 0)::int AS "Minutes"
FROM orders AS o
INNER JOIN (
    SELECT r.id, r.order_id, r.hours_ordered
    FROM requirements AS r
    WHERE r.kind = 'unpaid_work'
) AS r0 ON o.id = r0.order_id
INNER JOIN (
    SELECT p.id, p.responsible_officer_id
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c
        WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cea-761b-a8b3-f7b52088d534'::uuid))) AND p.team_id = '01a23459-9cd9-7d56-8620-69afda9fd938'::uuid AND p.allocation_status = 'Allocated' AND p.responsible_officer_id IS NOT NULL
) AS p0 ON o.person_id = p0.id
WHERE o.actual_end_date IS NULL
GROUP BY p0.responsible_officer_id;
