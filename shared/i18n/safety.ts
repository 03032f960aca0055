/**
 * UI text of data safety (issue 12): backups and restore, read-only and damaged data files, evidence files
 * that are not opened directly. Kept in one file per language group so the three stay side by side; each
 * catalogue mounts its part under `safety`. Lao is a first draft awaiting review, like the rest of lo.ts.
 */
export const safetyEn = {
  backup: {
    title: 'Backups',
    now: 'Back up now…',
    restore: 'Restore from backup…',
    folder: 'Backup folder: {{folder}}',
    chooseFolder: 'Change the backup folder…',
    resetFolder: 'Use the default folder',
    keep: 'Automatic backups: one at start and one a day, keeping {{daily}} daily, {{weekly}} weekly and {{monthly}} monthly copies.',
    encrypt: 'Protect with a passphrase (for a USB stick)',
    passphrase: 'Passphrase',
    passphraseHint: 'At least 8 characters. Without it the backup cannot be read: keep it somewhere safe.',
    passphraseRequired: 'A passphrase is needed for an encrypted backup.',
    progress: 'Backing up… {{percent}}%',
    done: 'Backup saved: {{path}}',
    restored: 'Restored. The data as it was before is kept as a backup ({{kept}}); restore it to undo.',
    restoredCli: 'Restored. The previous data file was kept first.',
    confirmRestore: 'Replace all current data with the backup of {{date}}? The current data is kept as a backup first.',
    empty: 'No backups yet.',
    kind: { auto: 'Automatic', 'before-restore': 'Before a restore', other: 'Other' },
  },
  database: {
    readOnly: 'This data file is read-only (a CD, a locked USB stick or missing permission). You can read everything; nothing can be saved.',
    historyProblem: 'The history in this data file was changed outside Hợp Tác ({{row}}). It is shown, but cannot be trusted.',
    empty: 'The data file is empty (0 bytes), perhaps from an interrupted copy. It was left untouched; restore a backup or remove the empty file to start a new one.',
    readOnlyOld: 'This read-only data file is from an older Hợp Tác and would need updating, which a read-only file does not allow. Copy it to a writable place first.',
  },
  startup: {
    title: 'The data file failed its check',
    damaged: 'Hợp Tác checked its data file at start and found a problem: {{problem}}. The file has not been changed.',
    offer: 'The latest good backup is from {{date}}. Restore it? The damaged file is kept beside it ({{kept}}).',
    noBackup: 'No good backup was found. Copy the data file somewhere safe and ask for help; Hợp Tác will not change it.',
    restore: 'Restore the backup',
    continue: 'Open it anyway (the problem stays shown)',
    quit: 'Quit without changing anything',
  },
  evidence: {
    saveCopy: 'Save a copy…',
    notOpenable: 'This file type is not opened by Hợp Tác, for safety. Save a copy and check it before opening it.',
  },
} as const;

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const safetyVi: Shape<typeof safetyEn> = {
  backup: {
    title: 'Sao lưu',
    now: 'Sao lưu ngay…',
    restore: 'Khôi phục từ bản sao lưu…',
    folder: 'Thư mục sao lưu: {{folder}}',
    chooseFolder: 'Đổi thư mục sao lưu…',
    resetFolder: 'Dùng thư mục mặc định',
    keep: 'Sao lưu tự động: một bản khi mở và một bản mỗi ngày, giữ {{daily}} bản hằng ngày, {{weekly}} bản hằng tuần và {{monthly}} bản hằng tháng.',
    encrypt: 'Bảo vệ bằng mật khẩu (khi chép ra USB)',
    passphrase: 'Mật khẩu',
    passphraseHint: 'Ít nhất 8 ký tự. Không có mật khẩu thì không đọc được bản sao lưu: hãy cất giữ cẩn thận.',
    passphraseRequired: 'Cần mật khẩu cho bản sao lưu được mã hóa.',
    progress: 'Đang sao lưu… {{percent}}%',
    done: 'Đã lưu bản sao lưu: {{path}}',
    restored: 'Đã khôi phục. Dữ liệu trước đó được giữ thành một bản sao lưu ({{kept}}); khôi phục bản đó để hoàn tác.',
    restoredCli: 'Đã khôi phục. Tệp dữ liệu cũ đã được giữ lại trước.',
    confirmRestore: 'Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu ngày {{date}}? Dữ liệu hiện tại được giữ thành bản sao lưu trước.',
    empty: 'Chưa có bản sao lưu nào.',
    kind: { auto: 'Tự động', 'before-restore': 'Trước khi khôi phục', other: 'Khác' },
  },
  database: {
    readOnly: 'Tệp dữ liệu này chỉ đọc được (đĩa CD, USB bị khóa hoặc không có quyền ghi). Có thể xem mọi thứ nhưng không lưu được gì.',
    historyProblem: 'Lịch sử trong tệp dữ liệu này đã bị sửa bên ngoài Hợp Tác ({{row}}). Dữ liệu vẫn hiển thị nhưng không đáng tin cậy.',
    empty: 'Tệp dữ liệu rỗng (0 byte), có thể do sao chép bị gián đoạn. Tệp được giữ nguyên; hãy khôi phục một bản sao lưu hoặc xóa tệp rỗng để bắt đầu tệp mới.',
    readOnlyOld: 'Tệp dữ liệu chỉ đọc này thuộc phiên bản Hợp Tác cũ hơn và cần được cập nhật, điều mà tệp chỉ đọc không cho phép. Hãy chép tệp sang nơi ghi được trước.',
  },
  startup: {
    title: 'Tệp dữ liệu không qua được kiểm tra',
    damaged: 'Khi khởi động, Hợp Tác đã kiểm tra tệp dữ liệu và phát hiện lỗi: {{problem}}. Tệp chưa bị thay đổi.',
    offer: 'Bản sao lưu tốt gần nhất là ngày {{date}}. Khôi phục bản này? Tệp bị hỏng được giữ lại bên cạnh ({{kept}}).',
    noBackup: 'Không tìm thấy bản sao lưu tốt. Hãy chép tệp dữ liệu ra nơi an toàn và nhờ hỗ trợ; Hợp Tác sẽ không thay đổi tệp.',
    restore: 'Khôi phục bản sao lưu',
    continue: 'Vẫn mở (lỗi vẫn được hiển thị)',
    quit: 'Thoát, không thay đổi gì',
  },
  evidence: {
    saveCopy: 'Lưu một bản…',
    notOpenable: 'Vì an toàn, Hợp Tác không mở trực tiếp loại tệp này. Hãy lưu một bản và kiểm tra trước khi mở.',
  },
};

export const safetyLo: Shape<typeof safetyEn> = {
  backup: {
    title: 'ສຳຮອງຂໍ້ມູນ',
    now: 'ສຳຮອງດຽວນີ້…',
    restore: 'ກູ້ຄືນຈາກສຳເນົາສຳຮອງ…',
    folder: 'ໂຟນເດີສຳຮອງ: {{folder}}',
    chooseFolder: 'ປ່ຽນໂຟນເດີສຳຮອງ…',
    resetFolder: 'ໃຊ້ໂຟນເດີມາດຕະຖານ',
    keep: 'ສຳຮອງອັດຕະໂນມັດ: ເທື່ອໜຶ່ງເມື່ອເປີດ ແລະ ວັນລະເທື່ອ, ເກັບ {{daily}} ສຳເນົາລາຍວັນ, {{weekly}} ລາຍອາທິດ ແລະ {{monthly}} ລາຍເດືອນ.',
    encrypt: 'ປ້ອງກັນດ້ວຍລະຫັດຜ່ານ (ສຳລັບ USB)',
    passphrase: 'ລະຫັດຜ່ານ',
    passphraseHint: 'ຢ່າງໜ້ອຍ 8 ຕົວອັກສອນ. ຖ້າບໍ່ມີລະຫັດຜ່ານ ຈະອ່ານສຳເນົາບໍ່ໄດ້: ກະລຸນາເກັບຮັກສາໄວ້ໃຫ້ດີ.',
    passphraseRequired: 'ຕ້ອງມີລະຫັດຜ່ານສຳລັບສຳເນົາທີ່ເຂົ້າລະຫັດ.',
    progress: 'ກຳລັງສຳຮອງ… {{percent}}%',
    done: 'ບັນທຶກສຳເນົາສຳຮອງແລ້ວ: {{path}}',
    restored: 'ກູ້ຄືນແລ້ວ. ຂໍ້ມູນກ່ອນໜ້ານີ້ຖືກເກັບໄວ້ເປັນສຳເນົາ ({{kept}}); ກູ້ຄືນສຳເນົານັ້ນເພື່ອຍົກເລີກ.',
    restoredCli: 'ກູ້ຄືນແລ້ວ. ໄຟລ໌ຂໍ້ມູນເກົ່າຖືກເກັບໄວ້ກ່ອນ.',
    confirmRestore: 'ແທນຂໍ້ມູນປັດຈຸບັນທັງໝົດດ້ວຍສຳເນົາວັນທີ {{date}}? ຂໍ້ມູນປັດຈຸບັນຈະຖືກເກັບເປັນສຳເນົາກ່ອນ.',
    empty: 'ຍັງບໍ່ມີສຳເນົາສຳຮອງ.',
    kind: { auto: 'ອັດຕະໂນມັດ', 'before-restore': 'ກ່ອນການກູ້ຄືນ', other: 'ອື່ນໆ' },
  },
  database: {
    readOnly: 'ໄຟລ໌ຂໍ້ມູນນີ້ອ່ານໄດ້ຢ່າງດຽວ (CD, USB ທີ່ລັອກ ຫຼື ບໍ່ມີສິດຂຽນ). ເບິ່ງໄດ້ທຸກຢ່າງ ແຕ່ບັນທຶກບໍ່ໄດ້.',
    historyProblem: 'ປະຫວັດໃນໄຟລ໌ຂໍ້ມູນນີ້ຖືກແກ້ໄຂຢູ່ນອກ Hợp Tác ({{row}}). ຍັງສະແດງຢູ່ ແຕ່ເຊື່ອຖືບໍ່ໄດ້.',
    empty: 'ໄຟລ໌ຂໍ້ມູນຫວ່າງເປົ່າ (0 ໄບ), ອາດເກີດຈາກການສຳເນົາທີ່ຂາດກາງ. ໄຟລ໌ບໍ່ຖືກແຕະຕ້ອງ; ກະລຸນາກູ້ຄືນສຳເນົາ ຫຼື ລຶບໄຟລ໌ຫວ່າງເພື່ອເລີ່ມໃໝ່.',
    readOnlyOld: 'ໄຟລ໌ຂໍ້ມູນອ່ານຢ່າງດຽວນີ້ມາຈາກ Hợp Tác ລຸ້ນເກົ່າ ແລະ ຕ້ອງອັບເດດ, ເຊິ່ງໄຟລ໌ອ່ານຢ່າງດຽວບໍ່ອະນຸຍາດ. ກະລຸນາສຳເນົາໄປບ່ອນທີ່ຂຽນໄດ້ກ່ອນ.',
  },
  startup: {
    title: 'ໄຟລ໌ຂໍ້ມູນບໍ່ຜ່ານການກວດສອບ',
    damaged: 'ເມື່ອເປີດ, Hợp Tác ໄດ້ກວດໄຟລ໌ຂໍ້ມູນ ແລະ ພົບບັນຫາ: {{problem}}. ໄຟລ໌ຍັງບໍ່ຖືກປ່ຽນແປງ.',
    offer: 'ສຳເນົາທີ່ດີຫຼ້າສຸດແມ່ນວັນທີ {{date}}. ກູ້ຄືນບໍ? ໄຟລ໌ທີ່ເສຍຫາຍຈະຖືກເກັບໄວ້ຂ້າງໆ ({{kept}}).',
    noBackup: 'ບໍ່ພົບສຳເນົາທີ່ດີ. ກະລຸນາສຳເນົາໄຟລ໌ຂໍ້ມູນໄວ້ບ່ອນປອດໄພ ແລະ ຂໍຄວາມຊ່ວຍເຫຼືອ; Hợp Tác ຈະບໍ່ປ່ຽນໄຟລ໌ນີ້.',
    restore: 'ກູ້ຄືນສຳເນົາ',
    continue: 'ເປີດຕໍ່ (ບັນຫາຍັງສະແດງຢູ່)',
    quit: 'ອອກໂດຍບໍ່ປ່ຽນຫຍັງ',
  },
  evidence: {
    saveCopy: 'ບັນທຶກສຳເນົາ…',
    notOpenable: 'ເພື່ອຄວາມປອດໄພ, Hợp Tác ບໍ່ເປີດໄຟລ໌ປະເພດນີ້ໂດຍກົງ. ກະລຸນາບັນທຶກສຳເນົາ ແລະ ກວດກ່ອນເປີດ.',
  },
};
