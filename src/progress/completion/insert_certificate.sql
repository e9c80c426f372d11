INSERT INTO certificates
    (id, learner_id, course_id, course_version_id, name_on_certificate, issued_at, credential)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
