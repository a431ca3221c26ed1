class CreateApplicants < ActiveRecord::Migration[7.1]
  def change
    create_table :applicants, id: :uuid do |t|
      t.string :full_name, null: false # expect: personal-data-field user.name
      t.date :date_of_birth, null: false # expect: personal-data-field user.demographic.date_of_birth
      t.string :tax_id # expect: sensitive-personal-data-field user.government_id.tax_id
      t.string :passport_number # expect: sensitive-personal-data-field user.government_id.passport_number ; expect: unencrypted-sensitive-storage user.government_id.passport_number
      t.text :pep_details # expect: sensitive-personal-data-field user.demographic.political_opinion ; expect: unencrypted-sensitive-storage user.demographic.political_opinion
      t.string :recovery_code # expect: personal-data-field user.authorization.credentials ; expect: weak-password-hash
      t.string :password_digest, null: false # trap: bcrypt digest from has_secure_password, not the plaintext
      t.string :signup_channel, default: "app" # trap: a marketing channel enum, not personal data by itself
      t.timestamps
    end
  end
end
