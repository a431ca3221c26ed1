# frozen_string_literal: true

class CreateVerificationRequests < ActiveRecord::Migration[7.1]
  def change
    create_table :verification_requests do |t|
      t.references :member, null: false, foreign_key: true
      t.references :reviewer, foreign_key: { to_table: :moderators }
      t.text :face_template # expect: sensitive-personal-data-field user.biometric
      t.string :selfie_video_url # expect: sensitive-personal-data-field user.biometric ; expect: unencrypted-sensitive-storage user.biometric
      t.string :legal_name # expect: personal-data-field user.name
      t.string :id_document_type
      t.string :id_document_number # expect: sensitive-personal-data-field user.government_id
      t.float :match_score # trap: similarity score of the check, not a dating match
      t.integer :status, null: false, default: 0
      t.timestamps
    end

    add_column :members, :ethnicity, :string # expect: sensitive-personal-data-field user.demographic.race_ethnicity ; expect: unencrypted-sensitive-storage user.demographic.race_ethnicity
    add_column :members, :religion, :string # expect: sensitive-personal-data-field user.demographic.religious_belief ; expect: unencrypted-sensitive-storage user.demographic.religious_belief
    add_column :members, :last_known_ip, :inet # expect: personal-data-field user.device.ip_address
  end
end
