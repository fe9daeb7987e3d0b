#pragma once

#include <QJsonObject>

// The built-in demo (--demo). Tests have the same constants in tests/common/TestAccounts.h.
namespace Emulator::DemoData {

inline constexpr char kEmail[] = "demo@example.com";
inline constexpr char kToken[] = "demo-token-0123456789abcdef";
inline constexpr char kHostKey[] = "demo-host-key-0123456789abcdef";
inline constexpr char kCustomerEmail[] = "customer@example.net";
inline constexpr char kCustomerToken[] = "customer-token-0123456789abcdef";
inline constexpr int kGeneratedDomains = 250;
inline constexpr int kCustomerDomains = 20;

// The demo account (example.com + 250 generated domains, three active Railguns and one in INI, about
// 40 % connected+enabled, 20 % connected+disabled, 40 % unconnected) and a customer account hosted by
// it with 20 domains. Deterministic: the same every time.
QJsonObject fixture();

} // namespace Emulator::DemoData
