SELECT c.id, c.course_id, v.version, c.name_on_certificate, c.issued_at, c.credential
FROM certificates AS c
JOIN course_versions AS v ON v.id = c.course_version_id
WHERE c.learner_id = ?1
ORDER BY c.issued_at, c.id
