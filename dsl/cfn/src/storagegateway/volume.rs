// @generated from AWS::StorageGateway::Volume (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::StorageGateway::Volume` and its property types.

/// Creates a cached iSCSI volume on a Storage Gateway.
///
/// CloudFormation type `AWS::StorageGateway::Volume`.
#[derive(Debug, Clone, PartialEq)]
pub struct Volume {
    props: ::forma_core::schema::Props,
}
impl Volume {
    /// A new resource with its required properties: `GatewayARN`, `NetworkInterfaceId`, `TargetName`, `VolumeSizeInBytes`.
    #[track_caller]
    pub fn new(
        gateway_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        network_interface_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        volume_size_in_bytes: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, gateway_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, network_interface_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, target_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, volume_size_in_bytes.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Set to true to use Amazon S3 server-side encryption with your own KMS key, or false to use a key managed by Amazon S3.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_encrypted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of a symmetric customer master key (CMK) used for Amazon S3 server-side encryption.
    ///
    /// Allowed: length 7 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The snapshot ID of the snapshot to restore as the new cached volume (e.g., snap-1122aabb).
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn snapshot_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of an existing volume from which to create the new volume.
    ///
    /// Allowed: length 50 to 500.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_volume_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of up to 50 tags to assign to the volume.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Volume {
    type Attributes = VolumeAttributes;
    fn type_name(&self) -> &str {
        "AWS::StorageGateway::Volume"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::StorageGateway::Volume` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VolumeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VolumeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VolumeAttributes {
    /// `Fn::GetAtt` `VolumeARN`.
    pub fn volume_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VolumeARN")
    }
    /// `Fn::GetAtt` `VolumeId`.
    pub fn volume_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VolumeId")
    }
    /// `Fn::GetAtt` `TargetARN`.
    pub fn target_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TargetARN")
    }
    /// `Fn::GetAtt` `VolumeStatus`.
    pub fn volume_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VolumeStatus")
    }
    /// `Fn::GetAtt` `VolumeAttachmentStatus`.
    pub fn volume_attachment_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VolumeAttachmentStatus")
    }
    /// `Fn::GetAtt` `VolumeType`.
    pub fn volume_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VolumeType")
    }
    /// `Fn::GetAtt` `VolumeUsedInBytes`.
    pub fn volume_used_in_bytes(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "VolumeUsedInBytes")
    }
    /// `Fn::GetAtt` `CreatedDate`.
    pub fn created_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedDate")
    }
}

/// The `Tag` property type of `AWS::StorageGateway::Volume`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::StorageGateway::Volume`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::StorageGateway::Volume",
properties: &[
::forma_core::schema::Property { name: "GatewayARN", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(50), max_length: Some(500) }) },
::forma_core::schema::Property { name: "KMSEncrypted", required: false, create_only: true, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "KMSKey", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(^arn:(aws(|-cn|-us-gov|-iso[A-Za-z0-9_-]*|-eusc)):kms:([a-zA-Z0-9-]+):([0-9]+):(key|alias)/(\\S+)$)|(^alias/(\\S+)$)$"), min_length: Some(7), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "NetworkInterfaceId", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "SnapshotId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^snap-([0-9A-Fa-f]{8}|[0-9A-Fa-f]{17})$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "SourceVolumeARN", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws(|-cn|-us-gov|-iso[A-Za-z0-9_-]*|-eusc)):storagegateway:[a-z\\-0-9]+:[0-9]+:gateway\\/(.+)\\/volume\\/vol-(\\S+)$"), min_length: Some(50), max_length: Some(500) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) }) },
::forma_core::schema::Property { name: "TargetName", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[-\\.;a-z0-9]+$"), min_length: Some(1), max_length: Some(200) }) },
::forma_core::schema::Property { name: "VolumeSizeInBytes", required: true, create_only: true, shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: None, maximum: None }) },
],
rules: &[],
attributes: &["VolumeARN", "VolumeId", "TargetARN", "VolumeStatus", "VolumeAttachmentStatus", "VolumeType", "VolumeUsedInBytes", "CreatedDate"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::StorageGateway::Volume.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
