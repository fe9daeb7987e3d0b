#pragma once

// The accounts of the emulator's built-in demo (--demo); the same values as src/emulator/DemoData.h.
namespace TestAccounts {

inline constexpr char kDemoEmail[] = "demo@example.com";
inline constexpr char kDemoToken[] = "demo-token-0123456789abcdef";
inline constexpr char kDemoHostKey[] = "demo-host-key-0123456789abcdef";
inline constexpr char kDemoUserId[] = "1";
inline constexpr char kCustomerEmail[] = "customer@example.net";
inline constexpr char kCustomerToken[] = "customer-token-0123456789abcdef";
inline constexpr char kCustomerUserId[] = "2";
// example.com plus 250 generated domains; the customer (hosted by the demo account) owns 20.
inline constexpr char kDemoDomain[] = "example.com";
inline constexpr int kDemoDomainCount = 251;
inline constexpr int kCustomerDomainCount = 20;
// Railguns 1-3 are active (V, "rg-fra-1", "rg-ams-1", "rg-nyc-1"), 4 is in INI ("rg-sgp-1").
// Their rtkn values are in the emulator's state (EmulatorProcess::state()).
inline constexpr char kActiveRailgunId[] = "1";
inline constexpr char kInactiveRailgunId[] = "4";

} // namespace TestAccounts
