// @generated from AWS::CloudFront::TrustStore (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFront::TrustStore` and its property types.

/// A trust store.
///
/// CloudFormation type `AWS::CloudFront::TrustStore`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrustStore {
    props: ::forma_core::schema::Props,
}
impl TrustStore {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A CA certificates bundle source.
    #[track_caller]
    pub fn ca_certificates_bundle_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CaCertificatesBundleSource>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A complex type that contains zero or more `Tag` elements.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A boolean.
    #[track_caller]
    pub fn use_client_certificate_ocsp_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TrustStore {
    type Attributes = TrustStoreAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFront::TrustStore"
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
/// The attributes of a `AWS::CloudFront::TrustStore` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TrustStoreAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TrustStoreAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TrustStoreAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `ETag`.
    pub fn e_tag(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ETag")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
    /// `Fn::GetAtt` `NumberOfCaCertificates`.
    pub fn number_of_ca_certificates(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "NumberOfCaCertificates")
    }
}

/// A CA certificates bundle source.
#[derive(Debug, Clone, PartialEq)]
pub struct CaCertificatesBundleSource {
    props: ::forma_core::schema::Props,
}
impl CaCertificatesBundleSource {
    /// A new value with its required properties: `CaCertificatesBundleS3Location`.
    pub fn new(
        ca_certificates_bundle_s3_location: impl ::std::convert::Into<::forma_core::Value<CaCertificatesBundleS3Location>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, ca_certificates_bundle_s3_location.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CaCertificatesBundleSource> for ::forma_core::Value<CaCertificatesBundleSource> {
    fn from(v: CaCertificatesBundleSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CA_CERTIFICATES_BUNDLE_SOURCE_TYPE.properties))
    }
}

/// A complex type that contains `Tag` key and `Tag` value.
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

/// The CA certificates bundle location in Amazon S3.
#[derive(Debug, Clone, PartialEq)]
pub struct CaCertificatesBundleS3Location {
    props: ::forma_core::schema::Props,
}
impl CaCertificatesBundleS3Location {
    /// A new value with its required properties: `Bucket`, `Key`, `Region`.
    pub fn new(
        bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        props.set(1, key.into().into_expr());
        props.set(2, region.into().into_expr());
        Self { props }
    }
    /// The location's version.
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CaCertificatesBundleS3Location> for ::forma_core::Value<CaCertificatesBundleS3Location> {
    fn from(v: CaCertificatesBundleS3Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CA_CERTIFICATES_BUNDLE_S3_LOCATION_TYPE.properties))
    }
}

/// The schema of `AWS::CloudFront::TrustStore`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFront::TrustStore",
    properties: &[
        ::forma_core::schema::Property {
            name: "CaCertificatesBundleSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CA_CERTIFICATES_BUNDLE_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "UseClientCertificateOCSPEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
    attributes: &["Id", "Arn", "Status", "ETag", "LastModifiedTime", "NumberOfCaCertificates"],
};

static CA_CERTIFICATES_BUNDLE_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::TrustStore.CaCertificatesBundleSource",
    properties: &[::forma_core::schema::Property {
        name: "CaCertificatesBundleS3Location",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CA_CERTIFICATES_BUNDLE_S3_LOCATION_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::TrustStore.Tag",
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
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static CA_CERTIFICATES_BUNDLE_S3_LOCATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CloudFront::TrustStore.CaCertificatesBundleS3Location",
        properties: &[
            ::forma_core::schema::Property {
                name: "Bucket",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Key",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Region",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Version",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };
