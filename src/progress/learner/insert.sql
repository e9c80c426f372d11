INSERT INTO learners (display_name, certificate_name, language, pin_hash, created_at)
VALUES (?1, ?2, ?3, ?4, ?5)
