// @generated from AWS::SecurityLake::Subscriber (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecurityLake::Subscriber` and its property types.

/// Resource Type definition for AWS::SecurityLake::Subscriber
///
/// CloudFormation type `AWS::SecurityLake::Subscriber`.
#[derive(Debug, Clone, PartialEq)]
pub struct Subscriber {
    props: ::forma_core::schema::Props,
}
impl Subscriber {
    /// A new resource with its required properties: `AccessTypes`, `DataLakeArn`, `Sources`, `SubscriberIdentity`, `SubscriberName`.
    #[track_caller]
    pub fn new(
        access_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AccessTypes>>>,
        data_lake_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sources: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
        subscriber_identity: impl ::std::convert::Into<::forma_core::Value<SubscriberIdentity>>,
        subscriber_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, access_types.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, data_lake_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, sources.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, subscriber_identity.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, subscriber_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description for your subscriber account in Security Lake.
    #[track_caller]
    pub fn subscriber_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of objects, one for each tag to associate with the subscriber.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Subscriber {
    type Attributes = SubscriberAttributes;
    fn type_name(&self) -> &str {
        "AWS::SecurityLake::Subscriber"
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
/// The attributes of a `AWS::SecurityLake::Subscriber` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SubscriberAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SubscriberAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SubscriberAttributes {
    /// `Fn::GetAtt` `SubscriberArn`.
    pub fn subscriber_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SubscriberArn")
    }
    /// `Fn::GetAtt` `S3BucketArn`.
    pub fn s3_bucket_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "S3BucketArn")
    }
    /// `Fn::GetAtt` `SubscriberRoleArn`.
    pub fn subscriber_role_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SubscriberRoleArn")
    }
    /// `Fn::GetAtt` `ResourceShareArn`.
    pub fn resource_share_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceShareArn")
    }
    /// `Fn::GetAtt` `ResourceShareName`.
    pub fn resource_share_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceShareName")
    }
}

/// The values CloudFormation documents: `LAKEFORMATION`, `S3`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccessTypes {
    /// `LAKEFORMATION`
    Lakeformation,
    /// `S3`
    S3,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AccessTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Lakeformation => "LAKEFORMATION",
            Self::S3 => "S3",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LAKEFORMATION", "S3"]
    }
}
impl ::std::convert::From<AccessTypes> for ::forma_core::Value<AccessTypes> {
    fn from(v: AccessTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AccessTypes {}

/// The AWS identity used to access your data.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriberIdentity {
    props: ::forma_core::schema::Props,
}
impl SubscriberIdentity {
    /// A new value with its required properties: `ExternalId`, `Principal`.
    pub fn new(
        external_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        principal: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, external_id.into().into_expr());
        props.set(1, principal.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SubscriberIdentity> for ::forma_core::Value<SubscriberIdentity> {
    fn from(v: SubscriberIdentity) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUBSCRIBER_IDENTITY_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::SecurityLake::Subscriber`.
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

/// The schema of `AWS::SecurityLake::Subscriber`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecurityLake::Subscriber",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessTypes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["LAKEFORMATION", "S3"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DataLakeArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Sources",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Json,
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubscriberDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\\\\\w\\s\\-_:/,.@=+]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SubscriberIdentity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SUBSCRIBER_IDENTITY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SubscriberName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\\\\\w\\s\\-_:/,.@=+]*$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["SubscriberArn", "S3BucketArn", "SubscriberRoleArn", "ResourceShareArn", "ResourceShareName"],
};

static SUBSCRIBER_IDENTITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityLake::Subscriber.SubscriberIdentity",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExternalId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w+=,.@:/-]*$"),
                min_length: Some(2),
                max_length: Some(1224),
            }),
        },
        ::forma_core::schema::Property {
            name: "Principal",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9]{12}|[a-z0-9\\.\\-]*\\.(amazonaws|amazon)\\.com)$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityLake::Subscriber.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
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
