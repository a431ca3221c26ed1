# frozen_string_literal: true

# Spanish-speaking markets (ES, MX) of the cross-border storefront.
class CreateClientes < ActiveRecord::Migration[7.1]
  def change
    create_table :clientes do |t|
      t.string :nombre, null: false # expect: personal-data-field user.name.first
      t.string :apellido, null: false # expect: personal-data-field user.name.last
      t.string :correo, null: false # expect: personal-data-field user.contact.email
      t.string :telefono # expect: personal-data-field user.contact.phone_number
      t.string :direccion # expect: personal-data-field user.contact.address
      t.string :codigo_postal, limit: 5 # expect: personal-data-field user.contact.address.postal_code
      t.date :fecha_nacimiento # expect: personal-data-field user.demographic.date_of_birth
      t.string :dni_nie # expect: sensitive-personal-data-field user.government_id.national_identification_number
      t.string :curp # expect: sensitive-personal-data-field user.government_id.national_identification_number ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number
      t.string :idioma, default: "es" # trap: UI language setting, not a demographic attribute
      t.timestamps
    end

    create_table :tiendas do |t|
      t.string :nombre_tienda, null: false # trap: shop name, not a person's
      t.string :direccion_tienda # trap: shop address, not a person's
      t.string :telefono_tienda # trap: shop phone line, not a person's number
      t.timestamps
    end

    add_index :clientes, :correo, unique: true # trap: index definition referencing a column declared above
  end
end
