// @generated from AWS::DataExchange::DataSet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataExchange::DataSet` and its property types.

/// Definition of AWS::DataExchange::DataSet Resource Type
///
/// CloudFormation type `AWS::DataExchange::DataSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSet {
    props: ::forma_core::schema::Props,
}
impl DataSet {
    /// A new resource with its required properties: `AssetType`, `Description`, `Name`.
    #[track_caller]
    pub fn new(
        asset_type: impl ::forma_core::schema::EnumArg<AssetType>,
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, asset_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(1, description.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Tags for the data set.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DataSet {
    type Attributes = DataSetAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataExchange::DataSet"
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
/// The attributes of a `AWS::DataExchange::DataSet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataSetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataSetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataSetAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `Origin`.
    pub fn origin(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Origin")
    }
}

/// The values CloudFormation documents: `S3_SNAPSHOT`, `REDSHIFT_DATA_SHARE`, `API_GATEWAY_API`, `S3_DATA_ACCESS`, `LAKE_FORMATION_DATA_PERMISSION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssetType {
    /// `S3_SNAPSHOT`
    S3Snapshot,
    /// `REDSHIFT_DATA_SHARE`
    RedshiftDataShare,
    /// `API_GATEWAY_API`
    ApiGatewayApi,
    /// `S3_DATA_ACCESS`
    S3DataAccess,
    /// `LAKE_FORMATION_DATA_PERMISSION`
    LakeFormationDataPermission,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AssetType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S3Snapshot => "S3_SNAPSHOT",
            Self::RedshiftDataShare => "REDSHIFT_DATA_SHARE",
            Self::ApiGatewayApi => "API_GATEWAY_API",
            Self::S3DataAccess => "S3_DATA_ACCESS",
            Self::LakeFormationDataPermission => "LAKE_FORMATION_DATA_PERMISSION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["S3_SNAPSHOT", "REDSHIFT_DATA_SHARE", "API_GATEWAY_API", "S3_DATA_ACCESS", "LAKE_FORMATION_DATA_PERMISSION"]
    }
}
impl ::std::convert::From<AssetType> for ::forma_core::Value<AssetType> {
    fn from(v: AssetType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AssetType {}

/// The `Tag` property type of `AWS::DataExchange::DataSet`.
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

/// The schema of `AWS::DataExchange::DataSet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DataExchange::DataSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssetType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "S3_SNAPSHOT",
                "REDSHIFT_DATA_SHARE",
                "API_GATEWAY_API",
                "S3_DATA_ACCESS",
                "LAKE_FORMATION_DATA_PERMISSION",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
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
    ],
    rules: &[],
    attributes: &["Arn", "Id", "CreatedAt", "UpdatedAt", "Origin"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataExchange::DataSet.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
