SELECT count(*)::int
FROM (
    SELECT 1
    FROM pre_sentence_reports AS p
    INNER JOIN (
        SELECT p0.id
        FROM people AS p0
        WHERE p0.access_limitation = 'None' OR (p0.access_limitation = 'Exclusion' AND NOT EXISTS (
            SELECT 1
            FROM case_access_entries AS c
            WHERE p0.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23711-1b09-7e1c-8f32-5f23403c1cfa'::uuid)) OR (p0.access_limitation = 'Restriction' AND EXISTS (
            SELECT 1
            FROM case_access_entries AS c0
            WHERE p0.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23711-1b09-7e1c-8f32-5f23403c1cfa'::uuid))
    ) AS p1 ON p.person_id = p1.id
    WHERE p.court_name = 'Barnstaple Magistrates'' Court'
    LIMIT 1001
) AS s;

SELECT s.id, s.crn, s.c, s.type, s.court_name, s.hearing_date, s.status, s.id0, p3.kind, p3.outstanding_told_to_court, p3.id
FROM (
    SELECT p.id, p1.crn, p1.first_name || ' ' || p1.last_name AS c, p.type, p.court_name, p.hearing_date, p.status, p1.id AS id0, p1.last_name
    FROM pre_sentence_reports AS p
    INNER JOIN (
        SELECT p0.id, p0.crn, p0.first_name, p0.last_name
        FROM people AS p0
        WHERE p0.access_limitation = 'None' OR (p0.access_limitation = 'Exclusion' AND NOT EXISTS (
            SELECT 1
            FROM case_access_entries AS c
            WHERE p0.id = c.person_id AND c.removed_at IS NULL AND c.staff_user_id = '01a23711-1b09-7e1c-8f32-5f23403c1cfa'::uuid)) OR (p0.access_limitation = 'Restriction' AND EXISTS (
            SELECT 1
            FROM case_access_entries AS c0
            WHERE p0.id = c0.person_id AND c0.removed_at IS NULL AND c0.staff_user_id = '01a23711-1b09-7e1c-8f32-5f23403c1cfa'::uuid))
    ) AS p1 ON p.person_id = p1.id
    WHERE p.court_name = 'Barnstaple Magistrates'' Court'
    ORDER BY p.hearing_date, p.court_name, p1.last_name, p.id
    LIMIT 25 OFFSET 0
) AS s
LEFT JOIN (
    SELECT p2.kind, p2.outstanding_told_to_court, p2.id, p2.report_id
    FROM pre_sentence_checks AS p2
    WHERE p2.returned_on IS NULL
) AS p3 ON s.id = p3.report_id
ORDER BY s.hearing_date, s.court_name, s.last_name, s.id, s.id0, p3.kind;
