class CreateShoppers < ActiveRecord::Migration[7.1]
  def change
    create_table :shoppers do |t|
      t.string :email, null: false # expect: personal-data-field user.contact.email
      t.string :phone_number # expect: personal-data-field user.contact.phone_number
      t.string :first_name # expect: personal-data-field user.name.first
      t.string :last_name # expect: personal-data-field user.name.last
      t.date :date_of_birth # expect: personal-data-field user.demographic.date_of_birth
      t.string :password_digest, null: false # trap: bcrypt digest for sign-in, not readable personal data
      t.string :preferred_store_code # trap: code of a store
      t.integer :failed_sign_in_count, default: 0, null: false # trap: a counter
      t.string :last_sign_in_ip # expect: personal-data-field user.device.ip_address
      t.boolean :email_bounced, default: false, null: false # trap: a deliverability flag about the address
      t.timestamps
    end

    add_index :shoppers, :email, unique: true # trap: index on a column declared above
  end
end
