-- Certificates without their "earned" statement: (id, learner, course version,
-- issued at). Only those issued since format v2, whose course version is
-- described for learning records: the upgrade to v2 wrote the statements of
-- the certificates already there. ?1 is the verb, ?2 the JSON path of the
-- certificate id in a statement.
SELECT c.id, c.learner_id, c.course_version_id, c.issued_at
FROM certificates AS c
JOIN xapi_course_versions AS x ON x.course_version_id = c.course_version_id
WHERE NOT EXISTS (
    SELECT 1 FROM xapi_outbox AS o
    WHERE o.learner_id = c.learner_id
      AND json_extract(o.statement, '$.verb.id') = ?1
      AND json_extract(o.statement, ?2) = c.id)
ORDER BY c.issued_at, c.id
