# frozen_string_literal: true

class Cliente < ApplicationRecord
  FORMATO_TELEFONO = /\A\+?[0-9 ]{9,15}\z/ # trap: phone validation pattern, not a phone number

  encrypts :dni_nie, deterministic: true # trap: refers to a field declared elsewhere, not a new field (see README)

  validates :correo, presence: true, format: { with: URI::MailTo::EMAIL_REGEXP } # trap: refers to a field declared elsewhere, not a new field (see README)
  validates :telefono, format: { with: FORMATO_TELEFONO }, allow_blank: true # trap: refers to a field declared elsewhere, not a new field (see README)

  after_create_commit :registrar_alta

  def nombre_completo
    "#{nombre} #{apellido}"
  end

  private

  def registrar_alta
    Rails.logger.info("Cliente #{id} dado de alta") # trap: logs the surrogate key only
    Rails.logger.info("Nuevo cliente: #{nombre_completo} <#{correo}>") # expect: personal-data-in-log user.name ; expect: personal-data-in-log user.contact.email
  end
end
