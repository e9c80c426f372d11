UPDATE learners SET pin_hash = ?2 WHERE id = ?1
