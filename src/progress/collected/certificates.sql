SELECT id, learner_id, course_id, course_version_id, name_on_certificate,
       issued_at, credential
FROM certificates
ORDER BY issued_at, id
