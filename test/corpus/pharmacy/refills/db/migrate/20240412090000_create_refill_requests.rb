class CreateRefillRequests < ActiveRecord::Migration[7.1]
  def change
    create_table :refill_requests do |t|
      t.references :patient, null: false, foreign_key: true # trap: surrogate key, not personal data by itself
      t.string :nhs_number, null: false # expect: sensitive-personal-data-field user.government_id.national_identification_number
      t.string :medicine, null: false # expect: sensitive-personal-data-field user.health_and_medical
      t.text :symptoms_reported # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
      t.boolean :pregnant_or_breastfeeding, default: false # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
      t.string :collection_branch, limit: 12 # trap: a branch code of the pharmacy, not about the patient
      t.timestamps
    end
  end
end
