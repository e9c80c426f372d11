-- Collected certificates with their learner and device, for printing; ?1 narrows
-- to a course. Oldest first, so a learner's newest certificate is read last.
SELECT c.device_id, d.name, c.learner_id, l.display_name, c.id, c.course_id,
       c.name_on_certificate, c.issued_at, c.credential
FROM collected_certificates AS c
JOIN collected_learners AS l ON l.device_id = c.device_id AND l.learner_id = c.learner_id
JOIN collected_devices AS d ON d.device_id = c.device_id
WHERE ?1 IS NULL OR c.course_id = ?1
ORDER BY c.device_id, c.learner_id, c.course_id, c.issued_at, c.id
