class CreateMarketingConsents < ActiveRecord::Migration[7.1]
  def change
    create_table :consent_texts do |t|
      t.string :version, null: false
      t.string :channel, null: false # trap: the channel a text applies to (email, sms, post), not an address
      t.string :locale, null: false, default: "en-GB"
      t.text :body, null: false # trap: legal wording of the consent template, about no one
      t.datetime :published_at
      t.timestamps
    end

    create_table :marketing_consents do |t|
      t.references :shopper, null: false, foreign_key: true # trap: surrogate foreign key
      t.references :consent_text, null: false, foreign_key: true # trap: reference to the template shown
      t.string :channel, null: false # trap: names the channel, holds no contact detail
      t.boolean :granted, null: false # expect: personal-data-field user.privacy_preferences
      t.string :source, null: false, default: "web"
      t.string :captured_ip # expect: personal-data-field user.device.ip_address
      t.string :captured_user_agent # expect: personal-data-field user.device
      t.datetime :granted_at
      t.datetime :withdrawn_at
      t.timestamps
    end

    add_index :marketing_consents, [:shopper_id, :channel], unique: true # trap: index on columns declared above
  end
end
