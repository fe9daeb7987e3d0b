#pragma once

#include <QString>

// A self-signed certificate for 127.0.0.1 (subjectAltName IP:127.0.0.1, RSA 2048, valid 2 days) made by
// `openssl req -x509` as <dir>/cert.pem and <dir>/key.pem. False, and why in *error, on failure.
namespace TestCertificate {
bool makeSelfSigned(const QString &dir, QString *certPath, QString *keyPath, QString *error);
} // namespace TestCertificate
