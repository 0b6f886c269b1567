//! Zip archives that lie or explode, for the hostile-input tests: a raw zip writer that declares
//! whatever sizes it is told, a small deflate stream that inflates to gigabytes, and an xlsx with
//! one part replaced by such a stream.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::Path;

/// A minimal zip writer that declares whatever sizes it is told, for archives that lie.
pub struct RawZip {
    bytes: Vec<u8>,
    central: Vec<u8>,
    count: u16,
    last: Option<Record>,
}

/// Where the last entry's local record is and what it declares.
#[derive(Clone)]
struct Record {
    offset: u32,
    crc: u32,
    packed: u32,
    size: u32,
    method: u16,
}

impl RawZip {
    pub fn new() -> Self {
        RawZip {
            bytes: Vec::new(),
            central: Vec::new(),
            count: 0,
            last: None,
        }
    }

    pub fn add(&mut self, name: &str, deflated: &[u8], crc: u32, declared_size: u32) {
        self.add_with_method(name, deflated, crc, declared_size, 8);
    }

    fn add_with_method(
        &mut self,
        name: &str,
        deflated: &[u8],
        crc: u32,
        declared_size: u32,
        method: u16,
    ) {
        let offset = self.bytes.len() as u32;
        self.last = Some(Record {
            offset,
            crc,
            packed: deflated.len() as u32,
            size: declared_size,
            method,
        });
        // The fields a local header and its central directory entry share, from the flags to
        // the name's length: the method (deflated or stored), dated 1980-01-01.
        let shared = |out: &mut Vec<u8>| {
            out.extend(0u16.to_le_bytes());
            out.extend(method.to_le_bytes());
            out.extend(0u16.to_le_bytes());
            out.extend(0x21u16.to_le_bytes());
            out.extend(crc.to_le_bytes());
            out.extend((deflated.len() as u32).to_le_bytes());
            out.extend(declared_size.to_le_bytes());
            out.extend((name.len() as u16).to_le_bytes());
        };
        self.bytes.extend(0x0403_4b50u32.to_le_bytes());
        self.bytes.extend(20u16.to_le_bytes());
        shared(&mut self.bytes);
        self.bytes.extend(0u16.to_le_bytes());
        self.bytes.extend(name.as_bytes());
        self.bytes.extend(deflated);
        let c = &mut self.central;
        c.extend(0x0201_4b50u32.to_le_bytes());
        c.extend(20u16.to_le_bytes());
        c.extend(20u16.to_le_bytes());
        shared(c);
        c.extend([0u8; 12]);
        c.extend(offset.to_le_bytes());
        c.extend(name.as_bytes());
        self.count += 1;
    }

    /// A stored entry (no compression), whose local record can then be listed again.
    pub fn add_stored(&mut self, name: &str, data: &[u8]) {
        let mut h = crc32fast::Hasher::new();
        h.update(data);
        self.add_with_method(name, data, h.finalize(), data.len() as u32, 0);
    }

    /// A second central directory entry named `name` for the last entry's local record: two
    /// names, one piece of data.
    pub fn alias_last(&mut self, name: &str) {
        let last = self.last.clone().expect("an entry to alias");
        let c = &mut self.central;
        c.extend(0x0201_4b50u32.to_le_bytes());
        c.extend(20u16.to_le_bytes());
        c.extend(20u16.to_le_bytes());
        c.extend(0u16.to_le_bytes());
        c.extend(last.method.to_le_bytes());
        c.extend(0u16.to_le_bytes());
        c.extend(0x21u16.to_le_bytes());
        c.extend(last.crc.to_le_bytes());
        c.extend(last.packed.to_le_bytes());
        c.extend(last.size.to_le_bytes());
        c.extend((name.len() as u16).to_le_bytes());
        c.extend([0u8; 12]);
        c.extend(last.offset.to_le_bytes());
        c.extend(name.as_bytes());
        self.count += 1;
    }

    pub fn finish(mut self) -> Vec<u8> {
        let cd_offset = self.bytes.len() as u32;
        let cd_size = self.central.len() as u32;
        self.bytes.extend(&self.central);
        self.bytes.extend(0x0605_4b50u32.to_le_bytes());
        self.bytes.extend([0u8; 4]);
        self.bytes.extend(self.count.to_le_bytes());
        self.bytes.extend(self.count.to_le_bytes());
        self.bytes.extend(cd_size.to_le_bytes());
        self.bytes.extend(cd_offset.to_le_bytes());
        self.bytes.extend(0u16.to_le_bytes());
        self.bytes
    }
}

pub fn deflate(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// A raw deflate stream that inflates to `mib` MiB of blanks while staying about 1 KB per MiB:
/// one sync-flushed chunk repeated, then an empty final block.
pub fn deflate_bomb(mib: usize) -> Vec<u8> {
    let chunk_plain = vec![b' '; 1 << 20];
    let mut c = flate2::Compress::new(flate2::Compression::best(), false);
    let mut chunk = Vec::with_capacity(1 << 16);
    c.compress_vec(&chunk_plain, &mut chunk, flate2::FlushCompress::Sync)
        .unwrap();
    let mut out = Vec::with_capacity(chunk.len() * mib + 2);
    for _ in 0..mib {
        out.extend(&chunk);
    }
    out.extend([0x03, 0x00]);
    out
}

/// Rebuilds an xlsx with one part replaced by `bomb` (raw deflate) declaring `declared` bytes.
pub fn xlsx_with_bomb(valid: &Path, part: &str, bomb: &[u8], declared: u32) -> Vec<u8> {
    let mut src = zip::ZipArchive::new(std::fs::File::open(valid).unwrap()).unwrap();
    let mut raw = RawZip::new();
    for i in 0..src.len() {
        let mut f = src.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        if name == part {
            raw.add(&name, bomb, 0, declared);
        } else {
            let mut data = Vec::new();
            f.read_to_end(&mut data).unwrap();
            let mut h = crc32fast::Hasher::new();
            h.update(&data);
            raw.add(&name, &deflate(&data), h.finalize(), data.len() as u32);
        }
    }
    raw.finish()
}
