# This file is auto-generated from the current state of the database. Instead
# of editing this file, please use the migrations feature of Active Record to
# incrementally modify your database, and then regenerate this schema definition.

ActiveRecord::Schema[7.1].define(version: 2024_03_01_101500) do
  # These are extensions that must be enabled in order to support this database
  enable_extension "plpgsql"

  create_table "background_checks", force: :cascade do |t|
    t.bigint "employee_id", null: false # trap: surrogate key, not personal data by itself
    t.string "provider", null: false
    t.string "status", null: false # expect: sensitive-personal-data-field user.criminal_history ; expect: unencrypted-sensitive-storage user.criminal_history
    t.boolean "has_criminal_record" # expect: sensitive-personal-data-field user.criminal_history ; expect: unencrypted-sensitive-storage user.criminal_history
    t.text "conviction_details" # expect: sensitive-personal-data-field user.criminal_history ; expect: unencrypted-sensitive-storage user.criminal_history
    t.string "dbs_certificate_number" # expect: sensitive-personal-data-field user.criminal_history ; expect: unencrypted-sensitive-storage user.criminal_history
    t.string "drivers_license_number" # expect: sensitive-personal-data-field user.government_id.drivers_license_number ; expect: unencrypted-sensitive-storage user.government_id.drivers_license_number
    t.datetime "completed_at"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["employee_id"], name: "index_background_checks_on_employee_id", unique: true
  end

  create_table "departments", force: :cascade do |t|
    t.string "name", null: false # trap: a department's name, not a person's
    t.string "cost_centre", null: false
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end

  create_table "employees", force: :cascade do |t|
    t.bigint "department_id", null: false
    t.string "first_name", null: false # expect: personal-data-field user.name.first
    t.string "last_name", null: false # expect: personal-data-field user.name.last
    t.string "work_email", null: false # expect: personal-data-field user.contact.email
    t.string "password_digest", null: false # trap: hash, not the plaintext
    t.string "national_insurance_number" # expect: sensitive-personal-data-field user.government_id.national_identification_number
    t.date "date_of_birth" # expect: personal-data-field user.demographic.date_of_birth
    t.string "ethnic_origin" # expect: sensitive-personal-data-field user.demographic.race_ethnicity ; expect: unencrypted-sensitive-storage user.demographic.race_ethnicity
    t.string "sexual_orientation" # expect: sensitive-personal-data-field user.demographic.sexual_orientation ; expect: unencrypted-sensitive-storage user.demographic.sexual_orientation
    t.text "disability_adjustments" # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    t.string "emergency_contact_name" # expect: personal-data-field user.name
    t.inet "last_sign_in_ip" # expect: personal-data-field user.device.ip_address
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["work_email"], name: "index_employees_on_work_email", unique: true # trap: an index over the column declared above, not a new field
  end

  create_table "leave_requests", force: :cascade do |t|
    t.bigint "employee_id", null: false
    t.bigint "leave_type_id", null: false
    t.date "starts_on", null: false
    t.date "ends_on", null: false
    t.string "status", default: "pending", null: false
    t.text "sickness_reason" # expect: sensitive-personal-data-field user.health_and_medical
    t.string "fit_note_file_name" # trap: name of the uploaded file, not a person's name
    t.boolean "work_related_injury", default: false # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    t.boolean "pregnancy_related", default: false # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    t.string "religious_observance" # expect: sensitive-personal-data-field user.demographic.religious_belief ; expect: unencrypted-sensitive-storage user.demographic.religious_belief
    t.string "approver_comment"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
    t.index ["employee_id", "starts_on"], name: "index_leave_requests_on_employee_id_and_starts_on"
  end

  create_table "leave_types", force: :cascade do |t|
    t.string "name", null: false # trap: a leave type's name, reference data
    t.integer "default_days_per_year", default: 0, null: false
    t.boolean "requires_medical_certificate", default: false, null: false # trap: a policy flag on the leave type, not anyone's health data
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end

  add_foreign_key "background_checks", "employees"
  add_foreign_key "employees", "departments"
  add_foreign_key "leave_requests", "employees"
  add_foreign_key "leave_requests", "leave_types"
end
