INSERT INTO learners (display_name, certificate_name, language, pin_hash, created_at, subject_id)
VALUES (?1, ?2, ?3, ?4, ?5, ?6)
