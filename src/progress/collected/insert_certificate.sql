INSERT INTO collected_certificates
    (device_id, id, learner_id, course_id, version_id, name_on_certificate, issued_at,
     credential)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
