import { describe, expect, it } from "vitest";
import { clientBucket, ipv6Groups } from "./client-bucket";

describe("clientBucket", () => {
  it("keeps an IPv4 address (and anything that is no IPv6 address) as it is", () => {
    expect(clientBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(clientBucket(" 203.0.113.7 ")).toBe("203.0.113.7");
    expect(clientBucket("unknown")).toBe("unknown");
    expect(clientBucket("not:an:address")).toBe("not:an:address");
  });

  it("puts every address of one IPv6 /64 in one bucket, however it is written", () => {
    const bucket = "2001:db8:0:1::/64";
    for (const ip of ["2001:db8:0:1::1", "2001:db8:0:1:ffff:ffff:ffff:ffff", "2001:0DB8:0000:0001:0:0:0:2", "2001:db8::1:abcd:0:0:3", "2001:db8:0:1::5%eth0"]) {
      expect(clientBucket(ip), ip).toBe(bucket);
    }
    expect(clientBucket("2001:db8:0:2::1")).toBe("2001:db8:0:2::/64");
    expect(clientBucket("::1")).toBe("0:0:0:0::/64");
    expect(clientBucket("::")).toBe("0:0:0:0::/64");
    expect(clientBucket("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
  });

  it("counts an IPv4-mapped IPv6 address as its IPv4 client", () => {
    expect(clientBucket("::ffff:198.51.100.4")).toBe("198.51.100.4");
    expect(clientBucket("::ffff:c633:6404")).toBe("198.51.100.4");
  });
});

describe("ipv6Groups", () => {
  it("expands :: and a dotted IPv4 tail, and refuses what is not an address", () => {
    expect(ipv6Groups("2001:db8::1")).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    expect(ipv6Groups("::ffff:1.2.3.4")).toEqual([0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]);
    expect(ipv6Groups("1:2:3:4:5:6:7:8")).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const bad of ["1::2::3", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1:2:3:4::5:6:7:8", "g::1", "::1.2.3.256", "12345::"]) {
      expect(ipv6Groups(bad), bad).toBeNull();
    }
  });
});
