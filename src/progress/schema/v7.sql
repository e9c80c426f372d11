-- Progress format v7: each learner's pseudonymous subject id, a random
-- `urn:uuid:` made once and kept. Certificates name the learner by it
-- (`credentialSubject.id` and `sub` of the signed credential) beside the name,
-- so the certificates one learner earns on a device share one subject. The
-- learners already here get theirs in the same upgrade (see
-- `progress::learner::give_subject_ids`); learners added later get theirs when
-- they are added.
ALTER TABLE learners ADD COLUMN subject_id TEXT;
CREATE UNIQUE INDEX learners_subject_id ON learners (subject_id);

-- The same id as a records file from another device carries it (records
-- format 2); NULL for learners collected from older files.
ALTER TABLE collected_learners ADD COLUMN subject_id TEXT;
