class CreatePayoutRecipients < ActiveRecord::Migration[7.1]
  def change
    create_table :payout_recipients, id: :uuid do |t|
      t.references :customer, type: :uuid, null: false, foreign_key: true # trap: surrogate key, not personal data by itself
      t.string :nickname
      t.string :beneficiary_name, null: false # expect: personal-data-field user.name
      t.string :beneficiary_email # expect: personal-data-field user.contact.email
      t.string :iban # expect: sensitive-personal-data-field user.financial.bank_account ; expect: unencrypted-sensitive-storage user.financial.bank_account
      t.string :account_number_ciphertext # expect: sensitive-personal-data-field user.financial.bank_account
      t.string :routing_number # trap: identifies the receiving bank, not the beneficiary
      t.string :bank_name # trap: the receiving bank's name, an organisation
      t.string :beneficiary_country, limit: 2 # expect: personal-data-field user.contact.address.country
      t.string :beneficiary_address # expect: personal-data-field user.contact.address
      t.string :relationship_to_sender # expect: personal-data-field user.demographic.marital_status
      t.timestamps
    end

    create_table :debit_cards, id: :uuid do |t|
      t.references :customer, type: :uuid, null: false, foreign_key: true
      t.string :card_number_ciphertext, null: false # expect: sensitive-personal-data-field user.financial.credit_card
      t.string :card_number_bidx, index: true # trap: a blind index (keyed hash) for lookups, hash, not the plaintext
      t.string :last4, limit: 4 # expect: personal-data-field user.financial
      t.integer :exp_month # expect: sensitive-personal-data-field user.financial.credit_card ; expect: unencrypted-sensitive-storage user.financial.credit_card
      t.integer :exp_year # expect: sensitive-personal-data-field user.financial.credit_card ; expect: unencrypted-sensitive-storage user.financial.credit_card
      t.string :card_layout, default: "classic" # trap: which card artwork was printed, not card data
      t.timestamps
    end

    add_column :customers, :last_payout_ip, :inet # expect: personal-data-field user.device.ip_address
  end
end
