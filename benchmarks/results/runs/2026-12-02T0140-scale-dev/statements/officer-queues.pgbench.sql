SELECT b.date
FROM bank_holidays AS b;

SELECT count(*)::int
FROM contacts AS c
INNER JOIN (
    SELECT p.id
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cf1-71b0-af62-91b963bf6f7c'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c1
        WHERE p.id = c1.person_id AND c1.removed_at IS NULL AND c1.staff_user_id = '01a23459-9cf1-71b0-af62-91b963bf6f7c'::uuid))) AND p.responsible_officer_id = '01a23459-9ce4-76e8-829d-4ad9235d0a61'::uuid
) AS p0 ON c.person_id = p0.id
WHERE c.outcome IS NULL AND c.starts_at <= '2026-12-02 01:45:15.361886+00'::timestamptz;

SELECT p0.id, p0.first_name || ' ' || p0.last_name, p0.crn, c.id, c.starts_at, c.type
FROM contacts AS c
INNER JOIN (
    SELECT p.id, p.crn, p.first_name, p.last_name
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cf1-71b0-af62-91b963bf6f7c'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c1
        WHERE p.id = c1.person_id AND c1.removed_at IS NULL AND c1.staff_user_id = '01a23459-9cf1-71b0-af62-91b963bf6f7c'::uuid))) AND p.responsible_officer_id = '01a23459-9ce4-76e8-829d-4ad9235d0a61'::uuid
) AS p0 ON c.person_id = p0.id
WHERE c.outcome IS NULL AND c.starts_at <= '2026-12-02 01:45:15.361886+00'::timestamptz
ORDER BY c.starts_at
LIMIT 100;

SELECT o.id, o.actual_end_date, o.created_at, o.expected_end_date, o.person_id, o.sentence_date, o.sentencing_court, o.start_date, o.termination_reason, o.type, o.xmin
FROM orders AS o
WHERE EXISTS (
    SELECT 1
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c
        WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cf1-71b0-af62-91b963bf6f7c'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cf1-71b0-af62-91b963bf6f7c'::uuid))) AND p.responsible_officer_id = '01a23459-9ce4-76e8-829d-4ad9235d0a61'::uuid AND p.id = o.person_id) AND EXISTS (
    SELECT 1
    FROM unacceptable_failures AS u
    WHERE o.id = u.order_id AND u.occurred_on > '2025-12-02'::date AND NOT EXISTS (
        SELECT 1
        FROM enforcement_warnings AS e
        WHERE o.id = e.order_id AND e.failure_id = u.id) AND NOT EXISTS (
        SELECT 1
        FROM enforcement_decisions AS e0
        WHERE o.id = e0.order_id AND e0.failure_id = u.id AND e0.status <> 'Rejected'))
ORDER BY o.id;

SELECT e0."PersonId", e0."OrderId", e0."DecisionId", e0."ReferredAt"
FROM orders AS o
JOIN LATERAL (
    SELECT o.person_id AS "PersonId", o.id AS "OrderId", e.id AS "DecisionId", e.referred_at AS "ReferredAt"
    FROM enforcement_decisions AS e
    WHERE o.id = e.order_id AND e.kind = 'Breach' AND e.status = 'PendingApproval'
) AS e0 ON TRUE
WHERE EXISTS (
    SELECT 1
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c
        WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cf1-71b0-af62-91b963bf6f7c'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cf1-71b0-af62-91b963bf6f7c'::uuid))) AND p.responsible_officer_id = '01a23459-9ce4-76e8-829d-4ad9235d0a61'::uuid AND p.id = o.person_id);

SELECT o.person_id AS "PersonId", o.id AS "OrderId", (
    SELECT min(c3.starts_at)
    FROM contacts AS c3
    WHERE c3.order_id = o.id AND c3.is_face_to_face AND c3.outcome IN ('AttendedComplied', 'AttendedFailedToComply', 'AttendedSentHomeBehaviour', 'AttendedSentHomeServiceIssues')) AS "FirstAttended"
FROM orders AS o
WHERE o.actual_end_date IS NULL AND EXISTS (
    SELECT 1
    FROM people AS p
    WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
        SELECT 1
        FROM case_access_entries AS c
        WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cf1-71b0-af62-91b963bf6f7c'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
        SELECT 1
        FROM case_access_entries AS c0
        WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cf1-71b0-af62-91b963bf6f7c'::uuid))) AND p.responsible_officer_id = '01a23459-9ce4-76e8-829d-4ad9235d0a61'::uuid AND p.id = o.person_id) AND NOT EXISTS (
    SELECT 1
    FROM sentence_plans AS s
    WHERE s.order_id = o.id AND s.signed_off_at IS NOT NULL) AND (
    SELECT min(c1.starts_at)
    FROM contacts AS c1
    WHERE c1.order_id = o.id AND c1.is_face_to_face AND c1.outcome IN ('AttendedComplied', 'AttendedFailedToComply', 'AttendedSentHomeBehaviour', 'AttendedSentHomeServiceIssues')) >= '2026-11-09 00:00:00.000000+00'::timestamptz AND (
    SELECT min(c2.starts_at)
    FROM contacts AS c2
    WHERE c2.order_id = o.id AND c2.is_face_to_face AND c2.outcome IN ('AttendedComplied', 'AttendedFailedToComply', 'AttendedSentHomeBehaviour', 'AttendedSentHomeServiceIssues')) < '2026-11-16 00:00:00.000000+00'::timestamptz;

SELECT p.id, p.first_name || ' ' || p.last_name, p.crn
FROM people AS p
WHERE (p.access_limitation = 'None' OR (p.access_limitation = 'Exclusion' AND NOT EXISTS (
    SELECT 1
    FROM case_access_entries AS c
    WHERE p.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23459-9cf1-71b0-af62-91b963bf6f7c'::uuid)) OR (p.access_limitation = 'Restriction' AND EXISTS (
    SELECT 1
    FROM case_access_entries AS c0
    WHERE p.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23459-9cf1-71b0-af62-91b963bf6f7c'::uuid))) AND p.responsible_officer_id = '01a23459-9ce4-76e8-829d-4ad9235d0a61'::uuid AND p.id = ANY (ARRAY['01a23459-9e87-7e38-82b6-e4d91bcb17c5'::uuid, '01a23459-a00e-775e-bd0d-855176fdc44a'::uuid]);
