# frozen_string_literal: true

Rails.application.config.middleware.insert_before 0, Rack::Cors do
  allow do
    origins "https://care.teleclinic.co.uk", "https://admin.teleclinic.co.uk" # trap: explicit allow-list of origins
    resource "/api/v1/patients/*", headers: :any, methods: %i[get post patch], credentials: true
  end

  allow do
    origins "*" # expect: permissive-cors
    resource "/api/v1/appointments/*", headers: :any, methods: %i[get post]
  end
end
