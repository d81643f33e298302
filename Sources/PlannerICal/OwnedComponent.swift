import CLibical

/// The single owner of a libical component tree (`icalcomponent *`).
///
/// `~Copyable` makes "exactly one owner" a compile-time fact: the tree is freed once, in
/// `deinit`, unless it is moved into a parent with ``add(child:)``, after which the parent
/// frees it. Properties are created and handed to a component in the same call, so they
/// never have a Swift owner at all.
struct OwnedComponent: ~Copyable {
  /// Never nil and never shared: freed by `deinit` or moved out by `release()`.
  let raw: OpaquePointer

  /// Takes ownership of a component libical just returned.
  ///
  /// - Throws: when libical returned no component (out of memory or a refused kind).
  init(adopting raw: OpaquePointer?, operation: String) throws(CalendarError) {
    guard let raw else { throw .libical(operation: operation, reason: libicalErrorText()) }
    self.raw = raw
  }

  deinit { icalcomponent_free(raw) }

  /// Gives up ownership without freeing: only for handing the tree to a new owner.
  consuming func release() -> OpaquePointer {
    let pointer = raw
    discard self
    return pointer
  }

  /// Moves `child` under this component, which from now on frees it.
  /// The corresponding libical function is `icalcomponent_add_component`.
  func add(child: consuming OwnedComponent) {
    icalcomponent_add_component(raw, child.release())
  }

  /// Appends a freshly created property; the component owns it from here on.
  /// The corresponding libical function is `icalcomponent_add_property`.
  ///
  /// - Throws: when the constructor returned nil (libical rejected the value).
  func add(_ property: OpaquePointer?, _ name: String) throws(CalendarError) {
    guard let property else {
      throw .libical(operation: "create the \(name) property", reason: libicalErrorText())
    }
    icalcomponent_add_property(raw, property)
  }

  /// The component as iCalendar text: CRLF lines, TEXT escaping and 75-octet folding
  /// all done by libical.
  /// The corresponding libical function is `icalcomponent_as_ical_string_r`.
  func serialized() throws(CalendarError) -> String {
    guard let buffer = icalcomponent_as_ical_string_r(raw) else {
      throw .libical(operation: "serialise the calendar", reason: libicalErrorText())
    }
    // The `_r` variant hands us a heap buffer; the plain variant's ring buffer must not be freed.
    defer { icalmemory_free_buffer(buffer) }
    return String(cString: buffer)
  }
}

/// libical's own words for its current error (`icalerror_strerror` of `icalerrno`).
func libicalErrorText() -> String {
  libicalErrorText(icalerrno_return().pointee)
}

/// libical's own words for an error code.
func libicalErrorText(_ code: icalerrorenum) -> String {
  guard let text = icalerror_strerror(code) else { return "unknown libical error" }
  return String(cString: text)
}
