SELECT b.date
FROM bank_holidays AS b;

SELECT count(*)::int AS "Cases", count(*) FILTER (WHERE EXISTS (
    SELECT 1
    FROM contacts AS c1
    WHERE c1.person_id = p0.id AND c1.outcome IS NULL AND c1.starts_at <= '2026-12-02 01:45:14.562722+00'::timestamptz))::int AS "OutcomeNotRecorded", count(*) FILTER (WHERE EXISTS (
    SELECT 1
    FROM orders AS o
    WHERE o.person_id = p0.id AND o.actual_end_date IS NULL AND NOT EXISTS (
        SELECT 1
        FROM sentence_plans AS s
        WHERE s.order_id = o.id AND s.signed_off_at IS NOT NULL) AND EXISTS (
        SELECT 1
        FROM contacts AS c2
        WHERE c2.order_id = o.id AND c2.starts_at < '2026-11-11 00:00:00.000000+00'::timestamptz AND c2.is_face_to_face AND (c2.outcome = 'AttendedComplied' OR c2.outcome = 'AttendedFailedToComply' OR c2.outcome = 'AttendedSentHomeBehaviour' OR c2.outcome = 'AttendedSentHomeServiceIssues'))))::int AS "PlanOverdue", count(*) FILTER (WHERE EXISTS (
    SELECT 1
    FROM orders AS o0
    WHERE o0.person_id = p0.id AND o0.actual_end_date IS NULL AND NOT EXISTS (
        SELECT 1
        FROM sentence_plans AS s0
        WHERE s0.order_id = o0.id AND s0.signed_off_at IS NOT NULL) AND EXISTS (
        SELECT 1
        FROM contacts AS c3
        WHERE c3.order_id = o0.id AND c3.starts_at < '2026-11-19 00:00:00.000000+00'::timestamptz AND c3.is_face_to_face AND (c3.outcome = 'AttendedComplied' OR c3.outcome = 'AttendedFailedToComply' OR c3.outcome = 'AttendedSentHomeBehaviour' OR c3.outcome = 'AttendedSentHomeServiceIssues')) AND NOT EXISTS (
        SELECT 1
        FROM contacts AS c4
        WHERE c4.order_id = o0.id AND c4.starts_at < '2026-11-11 00:00:00.000000+00'::timestamptz AND c4.is_face_to_face AND (c4.outcome = 'AttendedComplied' OR c4.outcome = 'AttendedFailedToComply' OR c4.outcome = 'AttendedSentHomeBehaviour' OR c4.outcome = 'AttendedSentHomeServiceIssues'))))::int AS "PlanDue", count(*) FILTER (WHERE EXISTS (
    SELECT 1
    FROM orders AS o1
    WHERE o1.person_id = p0.id AND o1.actual_end_date IS NULL AND o1.sentence_date <= '2026-11-24'::date AND NOT EXISTS (
        SELECT 1
        FROM contacts AS c5
        WHERE c5.order_id = o1.id AND c5.is_face_to_face AND (c5.outcome = 'AttendedComplied' OR c5.outcome = 'AttendedFailedToComply' OR c5.outcome = 'AttendedSentHomeBehaviour' OR c5.outcome = 'AttendedSentHomeServiceIssues'))))::int AS "FirstAppointmentLate", count(*) FILTER (WHERE EXISTS (
    SELECT 1
    FROM orders AS o2
    WHERE o2.person_id = p0.id AND o2.actual_end_date IS NULL AND o2.sentence_date <= '2026-11-03'::date AND EXISTS (
        SELECT 1
        FROM requirements AS r
        WHERE o2.id = r.order_id AND r.status = 'AwaitingStart')))::int AS "RequirementNotStarted", count(*) FILTER (WHERE EXISTS (
    SELECT 1
    FROM orders AS o3
    WHERE o3.person_id = p0.id AND EXISTS (
        SELECT 1
        FROM unacceptable_failures AS u
        WHERE o3.id = u.order_id AND u.occurred_on > '2025-12-02'::date AND NOT EXISTS (
            SELECT 1
            FROM enforcement_warnings AS e
            WHERE o3.id = e.order_id AND e.failure_id = u.id) AND NOT EXISTS (
            SELECT 1
            FROM enforcement_decisions AS e0
            WHERE o3.id = e0.order_id AND e0.failure_id = u.id AND e0.status <> 'Rejected'))))::int AS "FailureWithoutDecision", count(*) FILTER (WHERE EXISTS (
    SELECT 1
    FROM sentence_plans AS s1
    WHERE s1.person_id = p0.id AND EXISTS (
        SELECT 1
        FROM orders AS o4
        WHERE o4.id = s1.order_id AND o4.actual_end_date IS NULL) AND s1.signed_off_at IS NOT NULL AND (EXISTS (
        SELECT 1
        FROM plan_review_triggers AS p1
        WHERE s1.id = p1.sentence_plan_id AND p1.review_id IS NULL) OR CASE
        WHEN EXISTS (
            SELECT 1
            FROM plan_reviews AS p2
            WHERE s1.id = p2.sentence_plan_id) THEN (
            SELECT max(p3.reviewed_on)
            FROM plan_reviews AS p3
            WHERE s1.id = p3.sentence_plan_id) <= '2026-08-12'::date
        ELSE s1.signed_off_at < '2026-08-12 23:00:00.000000+00'::timestamptz
    END)))::int AS "ReviewDue", count(*) FILTER (WHERE EXISTS (
    SELECT 1
    FROM orders AS o5
    WHERE o5.person_id = p0.id AND o5.actual_end_date IS NULL AND EXISTS (
        SELECT 1
        FROM requirements AS r0
        WHERE o5.id = r0.order_id AND r0.kind = 'rar' AND r0.status NOT IN ('Completed', 'Terminated', 'NotDelivered') AND (LEAST(r0.maximum_days, (
            SELECT count(*)::int
            FROM (
                SELECT DISTINCT timezone('Europe/London', c6.starts_at)::date AS c
                FROM contacts AS c6
                WHERE c6.order_id = o5.id AND c6.requirement_id = r0.id AND c6.type = 'RarActivity' AND c6.outcome = 'AttendedComplied'
            ) AS c7))::numeric + 2) * GREATEST(1, o5.expected_end_date - o5.start_date)::numeric < r0.maximum_days::numeric * LEAST(GREATEST(739951 - (o5.start_date - DATE '0001-01-01'), 0), GREATEST(1, o5.expected_end_date - o5.start_date))::numeric)))::int AS "RarBehindPace", count(*) FILTER (WHERE EXISTS (
    SELECT 1
    FROM orders AS o6
    WHERE o6.person_id = p0.id AND o6.actual_end_date IS NULL AND EXISTS (
        SELECT 1
        FROM requirements AS r1
        WHERE o6.id = r1.order_id AND r1.kind = 'unpaid_work' AND r1.status NOT IN ('Completed', 'Terminated', 'NotDelivered') AND ((
            SELECT COALESCE(sum(u0.minutes_credited), 0)::int
            FROM unpaid_work_sessions AS u0
            WHERE r1.id = u0.requirement_id)::numeric + 600) * GREATEST(1, CAST(o6.sentence_date + CAST(12::text || ' months' AS interval) AS date) - o6.sentence_date)::numeric < CAST(r1.hours_ordered * 60 AS numeric) * LEAST(GREATEST(739951 - (o6.sentence_date - DATE '0001-01-01'), 0), GREATEST(1, CAST(o6.sentence_date + CAST(12::text || ' months' AS interval) AS date) - o6.sentence_date))::numeric)))::int AS "UnpaidWorkBehindPace"
FROM (
    SELECT p.id, 1 AS "Key"
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c
        WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cf1-71b0-af62-91b963bf6f7c'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cf1-71b0-af62-91b963bf6f7c'::uuid))) AND p.responsible_officer_id = '01a23459-9ce4-76e8-829d-4ad9235d0a61'::uuid
) AS p0
GROUP BY p0."Key"
LIMIT 2;

SELECT p0.id AS "PersonId", p0.first_name AS "FirstName", p0.last_name AS "LastName", p0.crn AS "Crn", p0.risk_rosh AS "Rosh", p0.risk_mappa_category AS "MappaCategory", p0.risk_mappa_level AS "MappaLevel", p0.risk_flags AS "Flags", (
    SELECT o.id
    FROM orders AS o
    WHERE o.person_id = p0.id
    ORDER BY o.actual_end_date IS NOT NULL, o.sentence_date DESC
    LIMIT 1) AS "OrderId", (
    SELECT o0.type
    FROM orders AS o0
    WHERE o0.person_id = p0.id
    ORDER BY o0.actual_end_date IS NOT NULL, o0.sentence_date DESC
    LIMIT 1) AS "OrderType", (
    SELECT COALESCE(o1.actual_end_date, o1.expected_end_date)
    FROM orders AS o1
    WHERE o1.person_id = p0.id
    ORDER BY o1.actual_end_date IS NOT NULL, o1.sentence_date DESC
    LIMIT 1) AS "OrderEndDate", (
    SELECT max(c1.starts_at)
    FROM contacts AS c1
    WHERE c1.person_id = p0.id AND c1.is_face_to_face AND c1.outcome IN ('AttendedComplied', 'AttendedFailedToComply', 'AttendedSentHomeBehaviour', 'AttendedSentHomeServiceIssues')) AS "LastFaceToFace", (
    SELECT min(c2.starts_at)
    FROM contacts AS c2
    WHERE c2.person_id = p0.id AND c2.outcome IS NULL AND c2.starts_at > '2026-12-02 01:45:14.562722+00'::timestamptz) AS "NextAppointment", EXISTS (
    SELECT 1
    FROM contacts AS c3
    WHERE c3.person_id = p0.id AND c3.outcome IS NULL AND c3.starts_at <= '2026-12-02 01:45:14.562722+00'::timestamptz) AS "OutcomeNotRecorded", EXISTS (
    SELECT 1
    FROM orders AS o2
    WHERE o2.person_id = p0.id AND o2.actual_end_date IS NULL AND NOT EXISTS (
        SELECT 1
        FROM sentence_plans AS s
        WHERE s.order_id = o2.id AND s.signed_off_at IS NOT NULL) AND EXISTS (
        SELECT 1
        FROM contacts AS c4
        WHERE c4.order_id = o2.id AND c4.starts_at < '2026-11-11 00:00:00.000000+00'::timestamptz AND c4.is_face_to_face AND c4.outcome IN ('AttendedComplied', 'AttendedFailedToComply', 'AttendedSentHomeBehaviour', 'AttendedSentHomeServiceIssues'))) AS "PlanOverdue", EXISTS (
    SELECT 1
    FROM orders AS o3
    WHERE o3.person_id = p0.id AND o3.actual_end_date IS NULL AND NOT EXISTS (
        SELECT 1
        FROM sentence_plans AS s0
        WHERE s0.order_id = o3.id AND s0.signed_off_at IS NOT NULL) AND EXISTS (
        SELECT 1
        FROM contacts AS c5
        WHERE c5.order_id = o3.id AND c5.starts_at < '2026-11-19 00:00:00.000000+00'::timestamptz AND c5.is_face_to_face AND c5.outcome IN ('AttendedComplied', 'AttendedFailedToComply', 'AttendedSentHomeBehaviour', 'AttendedSentHomeServiceIssues')) AND NOT EXISTS (
        SELECT 1
        FROM contacts AS c6
        WHERE c6.order_id = o3.id AND c6.starts_at < '2026-11-11 00:00:00.000000+00'::timestamptz AND c6.is_face_to_face AND c6.outcome IN ('AttendedComplied', 'AttendedFailedToComply', 'AttendedSentHomeBehaviour', 'AttendedSentHomeServiceIssues'))) AS "PlanDue", EXISTS (
    SELECT 1
    FROM orders AS o4
    WHERE o4.person_id = p0.id AND o4.actual_end_date IS NULL AND o4.sentence_date <= '2026-11-24'::date AND NOT EXISTS (
        SELECT 1
        FROM contacts AS c7
        WHERE c7.order_id = o4.id AND c7.is_face_to_face AND c7.outcome IN ('AttendedComplied', 'AttendedFailedToComply', 'AttendedSentHomeBehaviour', 'AttendedSentHomeServiceIssues'))) AS "FirstAppointmentLate", EXISTS (
    SELECT 1
    FROM orders AS o5
    WHERE o5.person_id = p0.id AND o5.actual_end_date IS NULL AND o5.sentence_date <= '2026-11-03'::date AND EXISTS (
        SELECT 1
        FROM requirements AS r
        WHERE o5.id = r.order_id AND r.status = 'AwaitingStart')) AS "RequirementNotStarted", EXISTS (
    SELECT 1
    FROM orders AS o6
    WHERE o6.person_id = p0.id AND EXISTS (
        SELECT 1
        FROM unacceptable_failures AS u
        WHERE o6.id = u.order_id AND u.occurred_on > '2025-12-02'::date AND NOT EXISTS (
            SELECT 1
            FROM enforcement_warnings AS e
            WHERE o6.id = e.order_id AND e.failure_id = u.id) AND NOT EXISTS (
            SELECT 1
            FROM enforcement_decisions AS e0
            WHERE o6.id = e0.order_id AND e0.failure_id = u.id AND e0.status <> 'Rejected'))) AS "FailureWithoutDecision", EXISTS (
    SELECT 1
    FROM sentence_plans AS s1
    WHERE s1.person_id = p0.id AND EXISTS (
        SELECT 1
        FROM orders AS o7
        WHERE o7.id = s1.order_id AND o7.actual_end_date IS NULL) AND s1.signed_off_at IS NOT NULL AND (EXISTS (
        SELECT 1
        FROM plan_review_triggers AS p1
        WHERE s1.id = p1.sentence_plan_id AND p1.review_id IS NULL) OR CASE
        WHEN EXISTS (
            SELECT 1
            FROM plan_reviews AS p2
            WHERE s1.id = p2.sentence_plan_id) THEN (
            SELECT max(p3.reviewed_on)
            FROM plan_reviews AS p3
            WHERE s1.id = p3.sentence_plan_id) <= '2026-08-12'::date
        ELSE s1.signed_off_at < '2026-08-12 23:00:00.000000+00'::timestamptz
    END)) AS "ReviewDue", EXISTS (
    SELECT 1
    FROM orders AS o8
    WHERE o8.person_id = p0.id AND o8.actual_end_date IS NULL AND EXISTS (
        SELECT 1
        FROM requirements AS r0
        WHERE o8.id = r0.order_id AND r0.kind = 'rar' AND r0.status NOT IN ('Completed', 'Terminated', 'NotDelivered') AND (LEAST(r0.maximum_days, (
            SELECT count(*)::int
            FROM (
                SELECT DISTINCT timezone('Europe/London', c8.starts_at)::date AS c
                FROM contacts AS c8
                WHERE c8.order_id = o8.id AND c8.requirement_id = r0.id AND c8.type = 'RarActivity' AND c8.outcome = 'AttendedComplied'
            ) AS c9))::numeric + 2) * GREATEST(1, o8.expected_end_date - o8.start_date)::numeric < r0.maximum_days::numeric * LEAST(GREATEST(739951 - (o8.start_date - DATE '0001-01-01'), 0), GREATEST(1, o8.expected_end_date - o8.start_date))::numeric)) AS "RarBehindPace", EXISTS (
    SELECT 1
    FROM orders AS o9
    WHERE o9.person_id = p0.id AND o9.actual_end_date IS NULL AND EXISTS (
        SELECT 1
        FROM requirements AS r1
        WHERE o9.id = r1.order_id AND r1.kind = 'unpaid_work' AND r1.status NOT IN ('Completed', 'Terminated', 'NotDelivered') AND ((
            SELECT COALESCE(sum(u0.minutes_credited), 0)::int
            FROM unpaid_work_sessions AS u0
            WHERE r1.id = u0.requirement_id)::numeric + 600) * GREATEST(1, CAST(o9.sentence_date + CAST(12::text || ' months' AS interval) AS date) - o9.sentence_date)::numeric < CAST(r1.hours_ordered * 60 AS numeric) * LEAST(GREATEST(739951 - (o9.sentence_date - DATE '0001-01-01'), 0), GREATEST(1, CAST(o9.sentence_date + CAST(12::text || ' months' AS interval) AS date) - o9.sentence_date))::numeric)) AS "UnpaidWorkBehindPace"
FROM (
    SELECT p.id, p.crn, p.first_name, p.last_name, p.risk_flags, p.risk_mappa_category, p.risk_mappa_level, p.risk_rosh
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c
        WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cf1-71b0-af62-91b963bf6f7c'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cf1-71b0-af62-91b963bf6f7c'::uuid))) AND p.responsible_officer_id = '01a23459-9ce4-76e8-829d-4ad9235d0a61'::uuid
    ORDER BY p.last_name, p.first_name, p.id
    LIMIT 25 OFFSET 25
) AS p0
ORDER BY p0.last_name, p0.first_name, p0.id;

SELECT c.order_id AS "OrderId", min(c.starts_at) AS "First"
FROM contacts AS c
WHERE c.order_id = ANY (ARRAY['01a23459-9e54-7338-a743-1e6bd3ab270d'::uuid]) AND c.is_face_to_face AND c.outcome IN ('AttendedComplied', 'AttendedFailedToComply', 'AttendedSentHomeBehaviour', 'AttendedSentHomeServiceIssues')
GROUP BY c.order_id;
