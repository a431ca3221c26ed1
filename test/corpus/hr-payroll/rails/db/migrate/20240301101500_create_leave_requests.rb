class CreateLeaveRequests < ActiveRecord::Migration[7.1]
  def change
    create_table :leave_types do |t|
      t.string :name, null: false # trap: a leave type's name ("Annual", "Sick"), reference data
      t.integer :default_days_per_year, null: false, default: 0
      t.boolean :requires_medical_certificate, null: false, default: false # trap: a policy flag on the leave type, not anyone's health data
      t.timestamps
    end

    create_table :leave_requests do |t|
      t.references :employee, null: false, foreign_key: true # trap: surrogate key, not personal data by itself
      t.references :leave_type, null: false, foreign_key: true
      t.date :starts_on, null: false
      t.date :ends_on, null: false
      t.string :status, null: false, default: "pending"
      t.text :sickness_reason # expect: sensitive-personal-data-field user.health_and_medical
      t.string :fit_note_file_name # trap: name of the uploaded file, not a person's name
      t.boolean :work_related_injury, default: false # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
      t.boolean :pregnancy_related, default: false # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
      t.string :religious_observance # expect: sensitive-personal-data-field user.demographic.religious_belief ; expect: unencrypted-sensitive-storage user.demographic.religious_belief
      t.string :approver_comment
      t.timestamps
    end

    add_column :employees, :disability_adjustments, :text # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    add_column :employees, :emergency_contact_name, :string # expect: personal-data-field user.name
    add_index :leave_requests, [:employee_id, :starts_on]
  end
end
