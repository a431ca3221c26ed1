# This file is auto-generated from the current state of the database. Instead
# of editing this file, please use the migrations feature of Active Record to
# incrementally modify your database, and then regenerate this schema definition.

ActiveRecord::Schema[7.1].define(version: 2024_01_15_093000) do
  enable_extension "plpgsql"

  create_table "members", force: :cascade do |t|
    t.string "email", null: false # expect: personal-data-field user.contact.email
    t.string "first_name", null: false # expect: personal-data-field user.name.first
    t.date "date_of_birth", null: false # expect: personal-data-field user.demographic.date_of_birth
    t.string "gender" # expect: personal-data-field user.demographic.gender
    t.string "sexual_orientation" # expect: sensitive-personal-data-field user.demographic.sexual_orientation ; expect: unencrypted-sensitive-storage user.demographic.sexual_orientation
    t.string "ethnicity" # expect: sensitive-personal-data-field user.demographic.race_ethnicity ; expect: unencrypted-sensitive-storage user.demographic.race_ethnicity
    t.string "religion" # expect: sensitive-personal-data-field user.demographic.religious_belief ; expect: unencrypted-sensitive-storage user.demographic.religious_belief
    t.string "political_views" # expect: sensitive-personal-data-field user.demographic.political_opinion ; expect: unencrypted-sensitive-storage user.demographic.political_opinion
    t.decimal "last_lat", precision: 9, scale: 6 # expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
    t.decimal "last_lng", precision: 9, scale: 6 # expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
    t.inet "last_known_ip" # expect: personal-data-field user.device.ip_address
    t.string "password_digest", null: false # trap: hash, not the plaintext
    t.datetime "banned_at"
    t.string "ban_reason"
    t.datetime "last_seen_at"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["email"], name: "index_members_on_email", unique: true # trap: index definition referencing the email column declared above
  end

  create_table "moderators", force: :cascade do |t|
    t.string "queue_name", null: false # trap: review queue name ("payments-fraud"), not a person's name
    t.string "work_email", null: false # expect: personal-data-field user.contact.email
    t.string "role", default: "agent"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end

  create_table "verification_requests", force: :cascade do |t|
    t.bigint "member_id", null: false # trap: surrogate key, not personal data by itself
    t.bigint "reviewer_id"
    t.text "face_template" # expect: sensitive-personal-data-field user.biometric
    t.string "selfie_video_url" # expect: sensitive-personal-data-field user.biometric ; expect: unencrypted-sensitive-storage user.biometric
    t.string "legal_name" # expect: personal-data-field user.name
    t.string "id_document_type"
    t.string "id_document_number" # expect: sensitive-personal-data-field user.government_id
    t.float "match_score" # trap: similarity score of the check, not a dating match
    t.integer "status", default: 0, null: false
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["member_id"], name: "index_verification_requests_on_member_id"
  end

  add_foreign_key "verification_requests", "members"
  add_foreign_key "verification_requests", "moderators", column: "reviewer_id"
end
