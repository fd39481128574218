import CarelogCore
import CarelogStore

/// A phone or browser paired with `carelog serve`, as faces see it (its token is never kept, only its hash).
public typealias Device = CarelogStore.StoredDevice

/// Pairing, checking and ending devices for the web face. Tokens are hashed by the face before they get here, so
/// a token never reaches the journal.
extension Journal {
  /// Pairs a device under a new name, logging as `reporter` (named, with a role) for whichever profile it chooses.
  public func pairDevice(name: String, reporter: String, role: ReporterRole, tokenHash: String, at moment: Timestamp)
    throws -> Device
  {
    let deviceName = try TextInput.name(name, field: "device name")
    let reporterName = try TextInput.name(reporter, field: "reporter's name")
    guard tokenHash.utf8.count == 64, tokenHash.utf8.allSatisfy({ $0 < 128 && Character(Unicode.Scalar($0)).isHexDigit }) else {
      throw CarelogError.badData("A device token hash is 64 hexadecimal digits.")
    }
    return try database.write { session in
      try session.addDevice(
        name: deviceName, tokenHash: tokenHash, reporter: Reporter(name: reporterName, role: role), at: moment)
    }
  }

  /// The device whose token hashes to `tokenHash`, or nil when none is paired (never paired, or revoked).
  public func device(tokenHash: String) throws -> Device? {
    try database.read { session in try session.device(tokenHash: tokenHash) }
  }

  /// Notes that `device` was used at `moment`.
  public func touchDevice(_ device: Device, at moment: Timestamp) throws {
    try database.write { session in try session.touchDevice(id: device.id, at: moment) }
  }

  /// Every paired device, by name.
  public func devices() throws -> [Device] {
    try database.read { session in try session.devices() }
  }

  /// Ends the device named `name` at once: its token stops working with the next request.
  public func revokeDevice(named name: String) throws -> Device {
    try database.write { session in
      guard let device = try session.device(named: name) else {
        let names = try session.devices().map(\.name)
        throw CarelogError.badData(
          names.isEmpty
            ? "No device is paired, so there is nothing named \(name) to end."
            : "No device is named \(name). The paired devices are: \(names.joined(separator: ", ")).")
      }
      _ = try session.removeDevice(id: device.id)
      return device
    }
  }
}
